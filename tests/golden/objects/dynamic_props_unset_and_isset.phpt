--TEST--
Dynamic properties can be unset and checked with isset and property_exists.
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$o->b = null;
var_dump(isset($o->a), isset($o->b), property_exists($o, 'b'));
unset($o->a);
var_dump(isset($o->a), property_exists($o, 'a'));
unset($o->never);
var_dump($o);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
object(stdClass)#1 (1) {
  ["b"]=>
  NULL
}
