--TEST--
Several targets dying in sequence: each WeakReference is cleared at the moment its target is freed
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$objs = [];
$refs = [];
for ($i = 1; $i <= 4; $i++) {
    $objs[$i] = new D($i);
    $refs[$i] = WeakReference::create($objs[$i]);
}
foreach ([3, 1, 4, 2] as $i) {
    unset($objs[$i]);
    $alive = [];
    foreach ($refs as $j => $r) {
        if ($r->get() !== null) $alive[] = $j;
    }
    echo "alive: ", implode(",", $alive), "\n";
}
--EXPECT--
destruct 3
alive: 1,2,4
destruct 1
alive: 2,4
destruct 4
alive: 2
destruct 2
alive:
