--TEST--
the % operator with a zero divisor throws DivisionByZeroError with message Modulo by zero
--FILE--
<?php
function mod($a, $b) { return $a % $b; }
echo mod(7, 3), "\n";
try {
    echo mod(7, 0), "\n";
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), "\n";
    echo $e instanceof ArithmeticError ? "is ArithmeticError\n" : "";
}
try {
    $x = 5;
    $x %= 0;
} catch (DivisionByZeroError $e) {
    echo "compound: ", $e->getMessage(), "\n";
    var_dump($x);
}
--EXPECT--
1
DivisionByZeroError: Modulo by zero line 2
is ArithmeticError
compound: Modulo by zero
int(5)
