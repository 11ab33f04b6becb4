--TEST--
Keys held only by an array leave the map with it
--FILE--
<?php
$m = new WeakMap;
$keys = [];
for ($i = 0; $i < 4; $i++) {
    $keys[$i] = new stdClass;
    $m[$keys[$i]] = $i;
}
unset($keys[0], $keys[2]);
foreach ($m as $v) echo $v, " ";
echo "\n";
$keys = null;
var_dump(count($m));
--EXPECT--
1 3 
int(0)
