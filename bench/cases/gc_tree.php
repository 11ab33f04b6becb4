<?php
// Trees whose nodes keep their children in an array and point back at their parent
// (the shape of a DOM or an ORM's object graph): 20 trees of 29,524 nodes, each
// dropped and collected by one gc_collect_cycles(). Arrays and objects in cycles.
class Node
{
    public $parent;
    public $children = [];
    public $name;
}

function build($depth, $parent)
{
    $node = new Node();
    $node->parent = $parent;
    $node->name = "n$depth";
    if ($depth > 0) {
        for ($i = 0; $i < 3; $i++) {
            $node->children[] = build($depth - 1, $node);
        }
    }
    return $node;
}

$collected = 0;
for ($tree = 0; $tree < 20; $tree++) {
    $root = build(9, null);
    $root = null;
    $collected += gc_collect_cycles();
}
echo "collected $collected\n";
