--TEST--
copy-on-write separation of packed and hash arrays
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
$a = range(1, 100); $m = memory_get_usage(); $b = $a; $b[] = 1; delta("dup 100", $m); $h = ["a" => 1, "b" => 2]; $m = memory_get_usage(); $h2 = $h; $h2["c"] = 3; delta("dup hash", $m);

--EXPECT--
start
dup 100: 2616
dup hash: 376
