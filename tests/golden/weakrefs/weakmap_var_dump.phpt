--TEST--
var_dump of a WeakMap lists key/value pairs
--FILE--
<?php
class K { public $id; function __construct($id) { $this->id = $id; } }
$m = new WeakMap;
var_dump($m);
$a = new K(1); $b = new K(2);
$m[$a] = 'one';
$m[$b] = ['x' => 2.5, 'y' => null];
var_dump($m);
unset($a);
var_dump($m);
--EXPECT--
object(WeakMap)#1 (0) {
}
object(WeakMap)#1 (2) {
  [0]=>
  array(2) {
    ["key"]=>
    object(K)#2 (1) {
      ["id"]=>
      int(1)
    }
    ["value"]=>
    string(3) "one"
  }
  [1]=>
  array(2) {
    ["key"]=>
    object(K)#3 (1) {
      ["id"]=>
      int(2)
    }
    ["value"]=>
    array(2) {
      ["x"]=>
      float(2.5)
      ["y"]=>
      NULL
    }
  }
}
object(WeakMap)#1 (1) {
  [0]=>
  array(2) {
    ["key"]=>
    object(K)#3 (1) {
      ["id"]=>
      int(2)
    }
    ["value"]=>
    array(2) {
      ["x"]=>
      float(2.5)
      ["y"]=>
      NULL
    }
  }
}
