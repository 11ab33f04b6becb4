--TEST--
int parameter: a float with a fractional part is truncated with php 8.1's deprecation
--FILE--
<?php
function f(int $x) { var_dump($x); }
f(2.5);
f(-1.9);
f("3.5");
--EXPECTF--
Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 2
int(2)

Deprecated: Implicit conversion from float -1.9 to int loses precision in %s on line 2
int(-1)

Deprecated: Implicit conversion from float-string "3.5" to int loses precision in %s on line 2
int(3)
