--TEST--
A parent's __clone runs for a clone of the child.
--FILE--
<?php
class Base {
    public $log = [];
    public function __clone() { $this->log[] = 'Base::__clone for ' . get_class($this); }
}
class Leaf extends Base {}
$l = clone new Leaf;
var_dump($l->log);
--EXPECT--
array(1) {
  [0]=>
  string(22) "Base::__clone for Leaf"
}
