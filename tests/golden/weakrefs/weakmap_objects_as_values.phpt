--TEST--
Values may be any type; a WeakMap as a value of another
--FILE--
<?php
$outer = new WeakMap;
$k = new stdClass;
$inner = new WeakMap;
$inner[$k] = 'inner';
$outer[$k] = $inner;
var_dump($outer[$k][$k]);
$outer[$k][$k] = 'changed';
var_dump($inner[$k]);
unset($k);
var_dump(count($outer), count($inner));
--EXPECT--
string(5) "inner"
string(7) "changed"
int(0)
int(0)
