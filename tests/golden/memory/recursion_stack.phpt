--TEST--
deep recursion takes VM stack pages, given back after
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
function r($n) { return $n == 0 ? 0 : 1 + r($n - 1); } $m = memory_get_usage(); r(100); delta("depth 100", $m); $m = memory_get_usage(); r(5000); delta("depth 5000 after", $m); $p = memory_get_peak_usage(); echo "peak-usage>=256K: ", ($p - $m >= 262144 ? "yes" : "no"), "\n";

--EXPECT--
start
depth 100: 0
depth 5000 after: 0
peak-usage>=256K: yes
