--TEST--
Booleans and null in arithmetic
--FILE--
<?php
var_dump(true + true, true * 5, null + 1, false - 1, null * null);
--EXPECT--
int(2)
int(5)
int(1)
int(-1)
int(0)
