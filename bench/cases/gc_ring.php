<?php
// 1,000,000 objects in rings of 50,000, each ring dropped and collected by one
// gc_collect_cycles(). (A single ring of 1,000,000 is collected by miniphp, but
// php 8.2 crashes freeing one of 100,000: it frees a ring by recursion.)
class Node
{
    public $next;
    public $payload = 0;
}

$collected = 0;
for ($ring = 0; $ring < 20; $ring++) {
    $first = new Node();
    $current = $first;
    for ($i = 1; $i < 50000; $i++) {
        $next = new Node();
        $next->payload = $i;
        $current->next = $next;
        $current = $next;
    }
    $current->next = $first;
    unset($first, $current, $next);
    $collected += gc_collect_cycles();
}
echo "collected $collected\n";
