--TEST--
(array) copies: writing to the array leaves the object alone, and the other way round.
--FILE--
<?php
$o = new stdClass;
$o->list = [1];
$arr = (array) $o;
$arr['list'][] = 2;
$arr['extra'] = true;
$o->list[] = 'x';
var_dump($o, $arr);
--EXPECT--
object(stdClass)#1 (1) {
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(1) "x"
  }
}
array(2) {
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["extra"]=>
  bool(true)
}
