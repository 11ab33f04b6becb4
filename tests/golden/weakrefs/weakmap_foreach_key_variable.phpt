--TEST--
The foreach key variable holds a key strongly after the loop
--FILE--
<?php
$m = new WeakMap;
$keys = [new stdClass, new stdClass];
$m[$keys[0]] = 0;
$m[$keys[1]] = 1;
foreach ($m as $k => $v) {}
$keys = [];
var_dump(count($m));
unset($k);
var_dump(count($m));
--EXPECT--
int(1)
int(0)
