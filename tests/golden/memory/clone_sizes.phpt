--TEST--
clone copies the object, with its dynamic property table
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
class P { public $a = 1; public $b = [1,2]; } $o = new P; $m = memory_get_usage(); $c = clone $o; delta("clone", $m); $o->x = 1; $m = memory_get_usage(); $d = clone $o; delta("clone with dyn", $m);

--EXPECTF--
start
clone: 80

Deprecated: Creation of dynamic property P::$x is deprecated in %s on line 4
clone with dyn: 456
