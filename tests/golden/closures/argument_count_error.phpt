--TEST--
calling a closure with too few or wrongly typed arguments throws ArgumentCountError or TypeError naming {closure}
--FILE--
<?php
$f = function ($a, $b) { return $a + $b; };
try {
    $f(1);
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
$g = fn(int $x) => $x;
try {
    $g("abc");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
Too few arguments to function {closure}(), 1 passed in %s on line 4 and exactly 2 expected
{closure}(): Argument #1 ($x) must be of type int, string given, called in %s on line 10
