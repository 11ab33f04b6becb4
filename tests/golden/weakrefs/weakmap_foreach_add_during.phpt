--TEST--
An entry added during a foreach is visited by it
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass; $b = new stdClass; $c = new stdClass;
$m[$a] = 'a';
$m[$b] = 'b';
foreach ($m as $k => $v) {
    echo $v, "\n";
    if ($v === 'a') $m[$c] = 'c';
}
var_dump(count($m));
--EXPECT--
a
b
c
int(3)
