--TEST--
self in a parameter type is the declaring class; the message names it
--FILE--
<?php
class Node { public $next; function link(self $n) { $this->next = $n; return $this; } }
class Leaf extends Node {}
$a = new Node;
$a->link(new Leaf);
var_dump($a->next);
$a->link(new stdClass);
--EXITCODE--
255
--EXPECTF--
object(Leaf)#2 (1) {
  ["next"]=>
  NULL
}

Fatal error: Uncaught TypeError: Node::link(): Argument #1 ($n) must be of type Node, stdClass given, called in %s on line 7 and defined in %s:2
Stack trace:
#0 %s(7): Node->link(Object(stdClass))
#1 {main}
  thrown in %s on line 2
