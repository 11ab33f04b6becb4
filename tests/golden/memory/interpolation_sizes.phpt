--TEST--
interpolated strings are built in one zend_string of their length
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$i = 12345; $f = 'abc';
$m = memory_get_usage(); $s = "v=$i"; delta('v=int', $m);
$m = memory_get_usage(); $t = "$f and $f and $i and more text here"; delta('longer', $m);
$m = memory_get_usage(); $u = strtoupper($t); delta('strtoupper', $m);
$m = memory_get_usage(); $v = strrev($t); delta('strrev', $m);
--EXPECT--
start
v=int: 32
longer: 80
strtoupper: 80
strrev: 80
