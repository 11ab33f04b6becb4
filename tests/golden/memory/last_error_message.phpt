--TEST--
the last error's message stays allocated until the next error
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$m = memory_get_usage(); echo $undefined_a; delta('first warning', $m);
$m = memory_get_usage(); echo $undefined_b; delta('same length', $m);
$m = memory_get_usage(); echo $undefined_variable_with_a_long_name; delta('longer', $m);
--EXPECTF--
start

Warning: Undefined variable $undefined_a in %s on line 4
first warning: 64

Warning: Undefined variable $undefined_b in %s on line 5
same length: 0

Warning: Undefined variable $undefined_variable_with_a_long_name in %s on line 6
longer: 32
