--TEST--
A reference to a WeakMap entry writes through to the map
--FILE--
<?php
$m = new WeakMap;
$o = new stdClass;
$m[$o] = 1;
$r = &$m[$o];
$r = 2;
var_dump($m[$o]);
$m[$o] = 3;
var_dump($r);
unset($r);
var_dump($m);
--EXPECT--
int(2)
int(2)
object(WeakMap)#1 (1) {
  [0]=>
  array(2) {
    ["key"]=>
    object(stdClass)#2 (0) {
    }
    ["value"]=>
    int(3)
  }
}
