--TEST--
a typed optional parameter before a required one: deprecation, then required
--FILE--
<?php
function f(int $a = 1, int $b) { var_dump($a, $b); }
f(5, "6");
--EXPECTF--
Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s on line 2
int(5)
int(6)
