--TEST--
without freed handles new objects get increasing ids
--FILE--
<?php
class I {}
$all = [];
for ($i = 0; $i < 5; $i++) { $all[] = new I; }
foreach ($all as $o) { echo spl_object_id($o), " "; }
echo "\n";
$all[2] = null;
$all[] = new I;
echo spl_object_id($all[5]), "\n";
--EXPECT--
1 2 3 4 5 
3
