<?php
// 1,000,000 nodes in acyclic linked lists of 50,000, each list freed at once by
// dropping its head. (miniphp frees a single list of 1,000,000 without recursion;
// php 8.2 crashes freeing one of 100,000.)
class Node
{
    public $next;
}

$freed = 0;
for ($list = 0; $list < 20; $list++) {
    $head = null;
    for ($i = 0; $i < 50000; $i++) {
        $node = new Node();
        $node->next = $head;
        $head = $node;
    }
    unset($node);
    $head = null;
    $freed += 50000;
}
echo "freed $freed\n";
