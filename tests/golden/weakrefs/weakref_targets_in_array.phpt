--TEST--
Targets held only by an array die with the array
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$list = [new D(1), new D(2), new D(3)];
$refs = [];
foreach ($list as $o) {
    $refs[] = WeakReference::create($o);
}
unset($o);
unset($list[1]);
foreach ($refs as $i => $r) {
    echo $i, ": ", $r->get() === null ? "dead" : "alive", "\n";
}
$list = [];
foreach ($refs as $i => $r) {
    echo $i, ": ", $r->get() === null ? "dead" : "alive", "\n";
}
--EXPECT--
destruct 2
0: alive
1: dead
2: alive
destruct 1
destruct 3
0: dead
1: dead
2: dead
