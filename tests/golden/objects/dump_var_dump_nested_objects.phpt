--TEST--
var_dump of nested objects indents each level and shows each object's handle.
--FILE--
<?php
class Node {
    public $next = null;
    public function __construct(public $val) {}
}
$a = new Node(1);
$a->next = new Node(2);
$a->next->next = new Node(3);
var_dump($a);
--EXPECT--
object(Node)#1 (2) {
  ["next"]=>
  object(Node)#2 (2) {
    ["next"]=>
    object(Node)#3 (2) {
      ["next"]=>
      NULL
      ["val"]=>
      int(3)
    }
    ["val"]=>
    int(2)
  }
  ["val"]=>
  int(1)
}
