--TEST--
Logical operators always give bool
--FILE--
<?php
var_dump(1 && 2, 0 || "a", "" || 0.0, "0" and 1, 5 xor 0);
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
