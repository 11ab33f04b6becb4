--TEST--
creating and unsetting values returns to the same usage
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$m = memory_get_usage();
$a = range(1, 1000); $s = str_repeat('x', 100000); $o = new stdClass; $o->a = $a; $f = function () use ($s) {};
delta('allocated', $m);
unset($a, $s, $o, $f); delta('after unset', $m);
--EXPECT--
start
allocated: 124112
after unset: 0
