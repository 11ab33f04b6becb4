--TEST--
A tree whose children hold parent links: the whole tree is one garbage structure
--FILE--
<?php
class T { public $children = []; public $parent = null; function __construct(public $name) {} function __destruct() { echo "~{$this->name} "; } }
function build($name, $depth, $parent) {
    $t = new T($name); $t->parent = $parent;
    if ($depth > 0) { $t->children[] = build($name . 'L', $depth - 1, $t); $t->children[] = build($name . 'R', $depth - 1, $t); }
    return $t;
}
$tree = build('r', 2, null);
$tree = null;
echo "\n", gc_collect_cycles(), "\n";
--EXPECT--
~r ~rL ~rLL ~rLR ~rR ~rRL ~rRR 22
