--TEST--
var_dump of a closure created in a method shows its bound $this object
--FILE--
<?php
class Holder {
    public $v = 42;
    public function get() { return function ($k) { return $this->v; }; }
}
var_dump((new Holder)->get());
--EXPECT--
object(Closure)#2 (2) {
  ["this"]=>
  object(Holder)#1 (1) {
    ["v"]=>
    int(42)
  }
  ["parameter"]=>
  array(1) {
    ["$k"]=>
    string(10) "<required>"
  }
}
