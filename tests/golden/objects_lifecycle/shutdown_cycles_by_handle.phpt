--TEST--
several unreachable cycles are destroyed at shutdown strictly by handle number
--FILE--
<?php
class N {
    public $next;
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n} #", spl_object_id($this), "\n"; }
}
function ring(array $names) {
    $nodes = array_map(fn($n) => new N($n), $names);
    foreach ($nodes as $i => $node) { $node->next = $nodes[($i + 1) % count($nodes)]; }
}
ring(["a1", "a2"]);
ring(["b1", "b2", "b3"]);
echo "script end\n";
--EXPECT--
script end
dtor a1 #2
dtor a2 #3
dtor b1 #4
dtor b2 #5
dtor b3 #6
