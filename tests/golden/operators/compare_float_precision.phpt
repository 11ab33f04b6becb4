--TEST--
Float equality is exact
--FILE--
<?php
var_dump(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < PHP_FLOAT_EPSILON, 0.5 + 0.25 == 0.75);
--EXPECT--
bool(false)
bool(true)
bool(true)
