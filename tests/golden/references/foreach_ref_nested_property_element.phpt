--TEST--
foreach by reference over an array inside a property array
--FILE--
<?php
$o = new stdClass;
$o->groups = ['x' => [1, 2], 'y' => [3]];
foreach ($o->groups['x'] as &$g) { $g = -$g; }
unset($g);
var_dump($o->groups);
--EXPECT--
array(2) {
  ["x"]=>
  array(2) {
    [0]=>
    int(-1)
    [1]=>
    int(-2)
  }
  ["y"]=>
  array(1) {
    [0]=>
    int(3)
  }
}
