--TEST--
intdiv throws DivisionByZeroError for zero and ArithmeticError for PHP_INT_MIN / -1
--FILE--
<?php
try {
    intdiv(10, 0);
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    intdiv(PHP_INT_MIN, -1);
} catch (DivisionByZeroError $e) {
    echo "wrong\n";
} catch (ArithmeticError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    PHP_INT_MIN % -1;
    echo "modulo of PHP_INT_MIN by -1 is fine\n";
} catch (ArithmeticError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
DivisionByZeroError: Division by zero
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer
modulo of PHP_INT_MIN by -1 is fine
