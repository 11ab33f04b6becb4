--TEST--
An entry leaves the map when its key is freed by unset()
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass; $b = new stdClass;
$m[$a] = 'a';
$m[$b] = 'b';
unset($a);
var_dump(count($m));
foreach ($m as $k => $v) var_dump($v);
$b = 'replaced';
var_dump(count($m));
--EXPECT--
int(1)
string(1) "b"
int(1)
