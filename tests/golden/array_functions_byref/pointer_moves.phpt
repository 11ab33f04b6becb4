--TEST--
next, prev, reset and end move the internal pointer
--FILE--
<?php
$a = ['a' => 1, 'b' => 2, 'c' => 3];
var_dump(current($a), next($a), key($a), next($a), next($a), key($a), current($a));
var_dump(prev($a), reset($a), prev($a), key($a), end($a), key($a), prev($a));
$e = [];
var_dump(next($e), reset($e), end($e), prev($e));
$b = [1, 2, 3];
next($b);
$c = $b;
next($c);
var_dump(current($b), current($c));
unset($b[1]);
var_dump(current($b), key($b));
--EXPECT--
int(1)
int(2)
string(1) "b"
int(3)
bool(false)
NULL
bool(false)
bool(false)
int(1)
bool(false)
NULL
int(3)
string(1) "c"
int(2)
bool(false)
bool(false)
bool(false)
bool(false)
int(2)
int(3)
int(3)
int(2)
