--TEST--
foreach over an object builds its property table (and by reference makes references)
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
class P { public $a = 1; public $b = 2; } $o = new P; $m = memory_get_usage(); foreach ($o as $k => $v) {} delta("foreach", $m); $q = new P; $m = memory_get_usage(); foreach ($q as &$v) {} unset($v); delta("foreach ref", $m);

--EXPECT--
start
foreach: 376
foreach ref: 472
