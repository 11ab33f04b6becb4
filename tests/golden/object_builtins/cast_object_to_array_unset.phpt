--TEST--
(array) skips unset declared properties.
--FILE--
<?php
class A { public $a = 1; public $b = 2; }
$o = new A;
unset($o->a);
var_dump((array) $o);
--EXPECT--
array(1) {
  ["b"]=>
  int(2)
}
