--TEST--
Extra arguments to a user function are ignored
--FILE--
<?php
function one($a) { return $a; }
echo one(1, 2, 3), "\n";
echo one("x", print("side effect "), 3), "\n";
--EXPECT--
1
side effect x
