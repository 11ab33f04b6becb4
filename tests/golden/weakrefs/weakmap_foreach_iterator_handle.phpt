--TEST--
A foreach over a WeakMap holds an iterator that takes an object handle for the loop's length (zend_object_iterator)
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass;
$m[$a] = 1;
var_dump(spl_object_id(new stdClass));
foreach ($m as $k => $v) {
    var_dump(spl_object_id(new stdClass));
}
var_dump(spl_object_id(new stdClass));
foreach (new WeakMap as $v) {}
$objs = [new stdClass, new stdClass];
var_dump(spl_object_id($objs[0]), spl_object_id($objs[1]));
--EXPECT--
int(3)
int(4)
int(3)
int(4)
int(3)
