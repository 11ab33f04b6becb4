--TEST--
Heredoc label may be double-quoted
--FILE--
<?php
$x = 42;
echo <<<"END"
x is $x
END;
echo "|\n";
--EXPECT--
x is 42|
