--TEST--
get_object_vars builds the property table; (array) does not; json_encode's result
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
class P { public $a = 1; public $b = 2; }
$o = new P; $m = memory_get_usage(); $v = get_object_vars($o); delta('get_object_vars', $m);
$q = new P; $m = memory_get_usage(); $w = (array) $q; delta('(array)', $m);
$m = memory_get_usage(); $w2 = (array) $q; delta('(array) again', $m);
$m = memory_get_usage(); $j = json_encode([1, 2, 3]); delta('json_encode', $m);
$m = memory_get_usage(); $k = json_encode(array_fill(0, 100, 'abc')); delta('json_encode long', $m);
--EXPECT--
start
get_object_vars: 752
(array): 376
(array) again: 376
json_encode: 40
json_encode long: 640
