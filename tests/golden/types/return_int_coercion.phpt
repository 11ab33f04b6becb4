--TEST--
return type int: the returned value is coerced as an argument would be
--FILE--
<?php
function f($v): int { return $v; }
var_dump(f("5"));
var_dump(f(5.0));
var_dump(f(true));
var_dump(f(7.5));
--EXPECTF--
int(5)
int(5)
int(1)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 2
int(7)
