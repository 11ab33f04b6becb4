--TEST--
foreach over an object whose properties are objects yields the same instances.
--FILE--
<?php
$inner = new stdClass;
$outer = new stdClass;
$outer->first = $inner;
$outer->second = new stdClass;
foreach ($outer as $k => $v) {
    $v->seen = $k;
}
var_dump($outer);
--EXPECT--
object(stdClass)#2 (2) {
  ["first"]=>
  object(stdClass)#1 (1) {
    ["seen"]=>
    string(5) "first"
  }
  ["second"]=>
  object(stdClass)#3 (1) {
    ["seen"]=>
    string(6) "second"
  }
}
