--TEST--
a function's static variables
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
function f() { static $n = 0; $n++; return $n; } $m = memory_get_usage(); f(); delta("first call static", $m); $m = memory_get_usage(); f(); delta("second", $m);

--EXPECT--
start
first call static: 408
second: 0
