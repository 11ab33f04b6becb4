--TEST--
the / operator with a zero divisor throws DivisionByZeroError and the assignment does not happen
--FILE--
<?php
$r = "unchanged";
try {
    $r = 1 / 0;
} catch (DivisionByZeroError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($r);
try {
    $r = 1.5 / 0.0;
} catch (DivisionByZeroError $e) {
    echo "float: ", $e->getMessage(), "\n";
}
var_dump(fdiv(1, 0));
--EXPECT--
Division by zero
string(9) "unchanged"
float: Division by zero
float(INF)
