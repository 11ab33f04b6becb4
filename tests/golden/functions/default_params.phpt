--TEST--
Default parameter values, including constant expressions
--FILE--
<?php
function f($a, $b = 2, $c = 3 * 4, $d = null, $e = "s" . "t", $g = PHP_INT_SIZE) {
    var_dump($a, $b, $c, $d, $e, $g);
}
f(1);
f(1, "b", false);
--EXPECT--
int(1)
int(2)
int(12)
NULL
string(2) "st"
int(8)
int(1)
string(1) "b"
bool(false)
NULL
string(2) "st"
int(8)
