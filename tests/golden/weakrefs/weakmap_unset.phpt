--TEST--
unset() removes an entry; unsetting a key that is not there is no error
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass; $b = new stdClass;
$m[$a] = 1;
$m[$b] = 2;
unset($m[$a]);
var_dump(count($m), isset($m[$a]));
unset($m[$a]);
unset($m[new stdClass]);
var_dump(count($m));
$m[$a] = 3;
foreach ($m as $k => $v) var_dump($k === $a, $v);
--EXPECT--
int(1)
bool(false)
int(1)
bool(false)
int(2)
bool(true)
int(3)
