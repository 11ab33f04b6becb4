--TEST--
exception objects, caught and freed
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
$m = memory_get_usage(); try { throw new Exception("x"); } catch (Exception $e) {} delta("caught kept", $m); unset($e); delta("freed", $m); $m = memory_get_usage(); $e2 = new RuntimeException("abc", 3); delta("new RuntimeException", $m);

--EXPECT--
start
caught kept: 280
freed: 0
new RuntimeException: 280
