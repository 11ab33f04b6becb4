--TEST--
foreach by reference over a WeakMap changes its values
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass; $b = new stdClass;
$m[$a] = 1;
$m[$b] = 2;
foreach ($m as $k => &$v) {
    $v *= 10;
}
unset($v);
var_dump($m[$a], $m[$b]);
var_dump($m);
--EXPECT--
int(10)
int(20)
object(WeakMap)#1 (2) {
  [0]=>
  array(2) {
    ["key"]=>
    object(stdClass)#2 (0) {
    }
    ["value"]=>
    &int(10)
  }
  [1]=>
  array(2) {
    ["key"]=>
    object(stdClass)#3 (0) {
    }
    ["value"]=>
    &int(20)
  }
}
