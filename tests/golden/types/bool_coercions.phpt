--TEST--
bool parameter: scalars convert by truthiness
--FILE--
<?php
function f(bool $b) { var_dump($b); }
f(0);
f(2);
f(0.0);
f("");
f("0");
f("a");
f(-1.5);
--EXPECT--
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
