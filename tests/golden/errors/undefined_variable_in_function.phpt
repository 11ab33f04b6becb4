--TEST--
Undefined variable inside a function reports the function's line
--FILE--
<?php
function f() {
    return $nope + 1;
}
var_dump(f());
--EXPECTF--
Warning: Undefined variable $nope in %s on line 3
int(1)
