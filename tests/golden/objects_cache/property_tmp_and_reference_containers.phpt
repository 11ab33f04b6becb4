--TEST--
Property and method sites whose object is a temporary or a variable bound by reference
--FILE--
<?php
class Leaf { public $n = 1; public function get() { return $this->n; } }
class Node { public $leaf; public function __construct() { $this->leaf = new Leaf; } }
$node = new Node;
for ($i = 0; $i < 3; $i++) {
    $node->leaf->n++;
    $node->leaf->n += 2;
    echo $node->leaf->n, " ", $node->leaf->get(), " ", (new Leaf)->n, " ", (new Leaf)->get(), "\n";
}
$a = new Leaf;
$r = &$a;
for ($i = 0; $i < 2; $i++) {
    $r->n++;
    $a->n = $r->n * 3;
    echo $r->get(), " ", $a->get(), "\n";
}
--EXPECT--
4 4 1 1
7 7 1 1
10 10 1 1
6 6
21 21
