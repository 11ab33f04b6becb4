--TEST--
freeing nested arrays of objects destroys depth-first in element order
--FILE--
<?php
class Leaf {
    public function __construct(public string $n) {}
    public function __destruct() { echo "leaf {$this->n}\n"; }
}
$tree = [
    new Leaf("1"),
    [new Leaf("2a"), [new Leaf("2b-i"), new Leaf("2b-ii")], new Leaf("2c")],
    new Leaf("3"),
];
unset($tree);
echo "tree gone\n";
--EXPECT--
leaf 1
leaf 2a
leaf 2b-i
leaf 2b-ii
leaf 2c
leaf 3
tree gone
