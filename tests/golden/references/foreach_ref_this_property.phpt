--TEST--
foreach by reference over $this->list inside a method
--FILE--
<?php
class N { private $list = ['a' => 1, 'b' => 2]; function bump() { foreach ($this->list as $k => &$v) { $v = "$k$v"; } return $this->list; } }
$n = new N;
var_dump($n->bump());
var_dump($n);
--EXPECT--
array(2) {
  ["a"]=>
  string(2) "a1"
  ["b"]=>
  string(2) "b2"
}
object(N)#1 (1) {
  ["list":"N":private]=>
  array(2) {
    ["a"]=>
    string(2) "a1"
    ["b"]=>
    string(2) "b2"
  }
}
