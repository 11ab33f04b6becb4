--TEST--
Double-quote escapes that print visibly
--FILE--
<?php
echo "tab[\t] quote[\"] dollar[\$] backslash[\\] single[\']\n";
echo "line1\nline2\n";
--EXPECT--
tab[	] quote["] dollar[$] backslash[\] single[\']
line1
line2
