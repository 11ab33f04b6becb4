--TEST--
max and min compare with PHP 8 rules and return the original value
--FILE--
<?php
var_dump(max(1, 2, 3), min(1, 2, 3), max(1, 2.5), min(-1, "-2"), max("10", "9"), max("abc", 0), min("abc", 0));
var_dump(max(1, "1"), max("1", 1), min(true, 2), max(null, false), max(0, -0.0), max("apple", "banana"));
--EXPECT--
int(3)
int(1)
float(2.5)
string(2) "-2"
string(2) "10"
string(3) "abc"
int(0)
int(1)
string(1) "1"
bool(true)
NULL
int(0)
string(6) "banana"
