--TEST--
var_dump marks an object that contains itself with *RECURSION*.
--FILE--
<?php
class Node {
    public $name = 'n';
    public $self;
    public $list = [];
}
$n = new Node;
$n->self = $n;
$n->list[] = $n;
var_dump($n);
--EXPECT--
object(Node)#1 (3) {
  ["name"]=>
  string(1) "n"
  ["self"]=>
  *RECURSION*
  ["list"]=>
  array(1) {
    [0]=>
    *RECURSION*
  }
}
