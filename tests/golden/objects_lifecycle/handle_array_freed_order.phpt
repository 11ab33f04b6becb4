--TEST--
after freeing an array of objects, new objects take handles in reverse element order
--FILE--
<?php
class A {}
$base = new A;
$arr = [new A, new A, new A];
foreach ($arr as $o) { echo spl_object_id($o), " "; }
echo "\n";
unset($o);
$arr = null;
$x = new A; $y = new A; $z = new A;
echo spl_object_id($x), " ", spl_object_id($y), " ", spl_object_id($z), "\n";
--EXPECT--
2 3 4 
4 3 2
