--TEST--
A ternary or ?? with a constant condition drops the branch with the curly offset
--FILE--
<?php
function f($a = false ? "a"{0} : 1, $b = true ? 2 : "b"{0}, $c = 3 ?? "c"{0}) {
    return $a + $b + $c;
}
var_dump(f());
--EXPECT--
int(6)
