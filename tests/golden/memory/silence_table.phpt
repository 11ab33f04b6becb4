--TEST--
the first @ records error_reporting as modified (a 376-byte table)
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$x = [];
$m = memory_get_usage(); $v = @$x['nope']; delta('first @', $m);
$m = memory_get_usage(); $v = @$x['nope']; delta('second @', $m);
--EXPECT--
start
first @: 440
second @: 0
