--TEST--
clone copies properties shallowly: arrays are copies, objects inside are shared.
--FILE--
<?php
class Holder {
    public $list = [1, 2];
    public $child;
    public function __construct() { $this->child = new stdClass; $this->child->v = 1; }
}
$a = new Holder;
$b = clone $a;
$b->list[] = 3;
$b->child->v = 2;
var_dump($a, $b);
--EXPECT--
object(Holder)#1 (2) {
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["child"]=>
  object(stdClass)#2 (1) {
    ["v"]=>
    int(2)
  }
}
object(Holder)#3 (2) {
  ["list"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
  ["child"]=>
  object(stdClass)#2 (1) {
    ["v"]=>
    int(2)
  }
}
