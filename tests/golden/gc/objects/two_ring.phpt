--TEST--
Two objects pointing at each other are collected together (returns 2)
--FILE--
<?php
class N { public $other; public $name; function __construct($n) { $this->name = $n; } function __destruct() { echo "destruct {$this->name}\n"; } }
$a = new N('a');
$b = new N('b');
$a->other = $b;
$b->other = $a;
unset($a, $b);
echo "collecting\n";
var_dump(gc_collect_cycles());
--EXPECT--
collecting
destruct a
destruct b
int(2)
