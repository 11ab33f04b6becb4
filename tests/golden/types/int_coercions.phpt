--TEST--
int parameter: numeric strings, floats, bools are coerced (coercive mode)
--FILE--
<?php
function f(int $x) { var_dump($x); }
f("5");
f(" 12");
f("12 ");
f("1e3");
f(7.0);
f(true);
f(false);
f(-0.0);
--EXPECT--
int(5)
int(12)
int(12)
int(1000)
int(7)
int(1)
int(0)
int(0)
