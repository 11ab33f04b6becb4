--TEST--
Assigning through a missing property ($o->a->b = 1) is an Error yet leaves $o->a created as null; arrays in properties do auto-vivify.
--FILE--
<?php
$o = new stdClass;
try {
    $o->a->b = 1;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump($o);
$o->list[] = 1;
$o->map['k'] = 'v';
var_dump($o);
--EXPECT--
Attempt to assign property "b" on null
object(stdClass)#1 (1) {
  ["a"]=>
  NULL
}
object(stdClass)#1 (3) {
  ["a"]=>
  NULL
  ["list"]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["map"]=>
  array(1) {
    ["k"]=>
    string(1) "v"
  }
}
