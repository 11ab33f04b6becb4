--TEST--
current and key over a fresh array, an empty one and a copy
--FILE--
<?php
$a = ['x' => 1, 'y' => [2], 5 => 'z'];
var_dump(current($a), key($a), pos($a));
var_dump(current([]), key([]));
$e = [];
var_dump(current($e));
var_dump(current([false]));
$r = 'ref'; $b = [&$r];
var_dump(current($b));
--EXPECT--
int(1)
string(1) "x"
int(1)
bool(false)
NULL
bool(false)
bool(false)
string(3) "ref"
