--TEST--
the first ini_set makes the modified-settings table
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$m = memory_get_usage(); ini_set('precision', '10'); delta('first ini_set', $m);
$m = memory_get_usage(); ini_set('serialize_precision', '5'); delta('second setting', $m);
--EXPECT--
start
first ini_set: 376
second setting: 0
