--TEST--
objects nested deeper than three levels print class X { ... }
--FILE--
<?php
class Node { public $child; public $v = 1; }
$n = new Node;
$n->child = new Node;
$n->child->child = new Node;
$n->child->child->child = new Node;
xdebug_debug_zval('n', 'n->child->child');
--EXPECT--
n: (refcount=1, is_ref=0)=class Node { public $child = (refcount=0, is_ref=0)=class Node { public $child = (refcount=0, is_ref=0)=class Node { ... }; public $v = (refcount=0, is_ref=0)=1 }; public $v = (refcount=0, is_ref=0)=1 }
n->child->child: (refcount=0, is_ref=0)=class Node { public $child = (refcount=0, is_ref=0)=class Node { public $child = (refcount=0, is_ref=0)=NULL; public $v = (refcount=0, is_ref=0)=1 }; public $v = (refcount=0, is_ref=0)=1 }
