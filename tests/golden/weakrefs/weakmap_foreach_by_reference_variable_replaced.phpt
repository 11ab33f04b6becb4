--TEST--
foreach by reference over a WeakMap walks the map it started with, whatever the variable holds next
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass; $b = new stdClass; $c = new stdClass;
$m[$a] = 1;
foreach ($m as $k => &$v) {
    $m = new WeakMap;
    $m[$b] = 2;
    echo "replaced\n";
}
unset($v);
var_dump($m);
$m[$c] = 3;
foreach ($m as $k => &$v) {
    echo "v=$v\n";
    $m = new stdClass;
}
var_dump($m);
--EXPECT--
replaced
object(WeakMap)#6 (1) {
  [0]=>
  array(2) {
    ["key"]=>
    object(stdClass)#3 (0) {
    }
    ["value"]=>
    int(2)
  }
}
v=2
v=3
object(stdClass)#7 (0) {
}
