--TEST--
arrays made by array_merge, array_map, array_filter, array_keys, array_slice, array_reverse, sort, array_flip
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
$x = range(1, 10); $m = memory_get_usage(); $a = array_merge($x, [11]); delta("merge", $m); $m = memory_get_usage(); $b = array_map(fn($v) => $v * 2, $x); delta("map", $m); $m = memory_get_usage(); $c = array_filter($x, fn($v) => $v % 2); delta("filter", $m); $m = memory_get_usage(); $d = array_keys($x); delta("keys", $m); $m = memory_get_usage(); $e = array_slice($x, 2, 3); delta("slice", $m); $m = memory_get_usage(); $f = array_reverse($x); delta("reverse", $m); $m = memory_get_usage(); sort($x); delta("sort", $m); $m = memory_get_usage(); $g = array_flip($x); delta("flip", $m);

--EXPECT--
start
merge: 376
map: 376
filter: 376
keys: 376
slice: 216
reverse: 376
sort: 32
flip: 376
