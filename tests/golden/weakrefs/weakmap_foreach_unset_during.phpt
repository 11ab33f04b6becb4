--TEST--
Entries removed during a foreach are skipped, as php's hash iterator does
--FILE--
<?php
$m = new WeakMap;
$objs = [];
for ($i = 0; $i < 5; $i++) {
    $objs[$i] = new stdClass;
    $m[$objs[$i]] = $i;
}
foreach ($m as $k => $v) {
    echo $v, " ";
    if ($v === 1) {
        unset($m[$objs[2]]);
        unset($objs[3]);
    }
}
echo "\n";
var_dump(count($m));
--EXPECT--
0 1 4 
int(3)
