--TEST--
Parameter defaults may use any operator on constants (miniphp folded only + - * / . and rejected the rest as invalid)
--FILE--
<?php
function f($a = 1 << 3, $b = !true, $c = null ?? 5, $d = 2 > 1 ? "y" : "n", $e = ~5 % 4) {
    var_dump($a, $b, $c, $d, $e);
}
f();
--EXPECT--
int(8)
bool(false)
int(5)
string(1) "y"
int(-2)
