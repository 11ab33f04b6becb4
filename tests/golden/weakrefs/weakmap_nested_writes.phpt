--TEST--
Nested writes through a WeakMap entry: arrays, properties
--FILE--
<?php
$m = new WeakMap;
$o = new stdClass;
$m[$o] = [];
$m[$o][] = 1;
$m[$o]['k'] = 2;
$m[$o]['list'][] = 3;
var_dump($m[$o]);
$m[$o] = new stdClass;
$m[$o]->p = 'prop';
$m[$o]->list[] = 'x';
var_dump($m[$o]);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  ["k"]=>
  int(2)
  ["list"]=>
  array(1) {
    [0]=>
    int(3)
  }
}
object(stdClass)#3 (2) {
  ["p"]=>
  string(4) "prop"
  ["list"]=>
  array(1) {
    [0]=>
    string(1) "x"
  }
}
