--TEST--
compact builds a hash, extract adds variables
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
$a = 1; $b = "x"; $m = memory_get_usage(); $c = compact("a", "b"); delta("compact", $m); $m = memory_get_usage(); extract(["q" => 1, "r" => 2]); delta("extract", $m);

--EXPECT--
start
compact: 376
extract: 0
