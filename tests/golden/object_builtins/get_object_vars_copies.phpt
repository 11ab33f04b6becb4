--TEST--
get_object_vars() returns copies: changing the array does not change the object.
--FILE--
<?php
$o = new stdClass;
$o->list = [1, 2];
$vars = get_object_vars($o);
$vars['list'][] = 3;
$vars['new'] = true;
var_dump($o, $vars);
--EXPECT--
object(stdClass)#1 (1) {
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(2) {
  ["list"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
  ["new"]=>
  bool(true)
}
