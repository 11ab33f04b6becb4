--TEST--
A two-object ring with one variable left alive survives; after unsetting it the ring goes
--FILE--
<?php
class N { public $other; public $name; function __construct($n) { $this->name = $n; } function __destruct() { echo "destruct {$this->name}\n"; } }
$a = new N('a');
$b = new N('b');
$a->other = $b;
$b->other = $a;
unset($a);
var_dump(gc_collect_cycles());
echo $b->other->name, "\n";
unset($b);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
a
destruct b
destruct a
int(2)
