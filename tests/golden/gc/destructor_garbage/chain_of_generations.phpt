--TEST--
Each destructor creates the next generation's self-loop: each collection's second pass reaches one more generation
--FILE--
<?php
class N { public $s; function __construct(public $gen) {} function __destruct() { echo "~gen{$this->gen}\n"; if ($this->gen < 3) { $x = new N($this->gen + 1); $x->s = $x; } } }
$a = new N(0); $a->s = $a;
unset($a);
for ($i = 0; $i < 5; $i++) { echo "run $i: ", gc_collect_cycles(), "\n"; }
print_r(gc_status());
--EXPECT--
run 0: ~gen0
~gen1
1
run 1: ~gen2
~gen3
2
run 2: 1
run 3: 0
run 4: 0
Array
(
    [runs] => 5
    [collected] => 4
    [threshold] => 10001
    [roots] => 0
)
