<?php
// 1,000,000 objects with destructors, in 500,000 two-object cycles dropped in
// batches of 10,000 pairs and collected: every collection runs the destructors in a
// first pass and frees the pairs in a second.
class Peer
{
    public $other;
    public $id;

    public function __construct($id)
    {
        $this->id = $id;
    }

    public function __destruct()
    {
        global $destructed;
        $destructed++;
    }
}

$destructed = 0;
$collected = 0;
for ($batch = 0; $batch < 50; $batch++) {
    for ($i = 0; $i < 10000; $i++) {
        $a = new Peer($i);
        $b = new Peer($i);
        $a->other = $b;
        $b->other = $a;
    }
    unset($a, $b);
    $collected += gc_collect_cycles();
}
echo "destructed $destructed, collected $collected\n";
