--TEST--
A clone gets a new object handle; var_dump shows different #N.
--FILE--
<?php
$a = new stdClass;
$a->x = 1;
$b = clone $a;
$b->x = 2;
var_dump($a, $b);
var_dump(spl_object_id($a) !== spl_object_id($b));
--EXPECT--
object(stdClass)#1 (1) {
  ["x"]=>
  int(1)
}
object(stdClass)#2 (1) {
  ["x"]=>
  int(2)
}
bool(true)
