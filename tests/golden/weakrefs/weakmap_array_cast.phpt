--TEST--
A WeakMap has no properties: (array), get_object_vars(), dynamic properties
--FILE--
<?php
$m = new WeakMap;
$o = new stdClass;
$m[$o] = 1;
var_dump((array) $m, get_object_vars($m));
try {
    $m->prop = 1;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
foreach ($m as $k => $v) var_dump($v);
--EXPECT--
array(0) {
}
array(0) {
}
Error: Cannot create dynamic property WeakMap::$prop
int(1)
