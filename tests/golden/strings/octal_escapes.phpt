--TEST--
Octal escapes take one to three digits
--FILE--
<?php
echo "\101\102\103 \60\061 \1010\n";
var_dump(strlen("\7"), strlen("\07"), strlen("\007"), strlen("\0070"));
--EXPECT--
ABC 01 A0
int(1)
int(1)
int(1)
int(2)
