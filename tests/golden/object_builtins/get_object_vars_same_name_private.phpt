--TEST--
A private property redeclared in a child: each class sees its own value.
--FILE--
<?php
class A {
    private $x = 'A';
    public function inA() { return get_object_vars($this); }
}
class B extends A {
    private $x = 'B';
    public function inB() { return get_object_vars($this); }
}
$b = new B;
var_dump($b->inA(), $b->inB(), get_object_vars($b));
--EXPECT--
array(1) {
  ["x"]=>
  string(1) "A"
}
array(1) {
  ["x"]=>
  string(1) "B"
}
array(0) {
}
