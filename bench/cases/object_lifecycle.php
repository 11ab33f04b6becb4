<?php
// Creating and destroying objects with constructors and destructors: every
// reassignment frees the previous node, whose destructor runs.
class Node
{
    public $id;
    public $next;
    public function __construct($id, $next)
    {
        $this->id = $id;
        $this->next = $next;
    }

    public function __destruct()
    {
        global $destroyed;
        $destroyed++;
    }
}

$destroyed = 0;
$keep = null;
for ($i = 0; $i < 500000; $i++) {
    $node = new Node($i, null);
    if ($i % 3 == 0)
        $keep = new Node($i, $node);
}
unset($node, $keep);
echo $destroyed, "\n";
