--TEST--
catch without a variable (PHP 8) handles the exception without binding it
--FILE--
<?php
$e = "untouched";
try {
    throw new RuntimeException("dropped");
} catch (RuntimeException) {
    echo "caught without variable\n";
}
var_dump($e);
try {
    intdiv(1, 0);
} catch (DivisionByZeroError | ArithmeticError) {
    echo "arith caught\n";
}
--EXPECT--
caught without variable
string(9) "untouched"
arith caught
