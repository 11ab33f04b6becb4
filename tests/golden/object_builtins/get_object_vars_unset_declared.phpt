--TEST--
An unset declared property is left out until it is assigned again.
--FILE--
<?php
class A {
    public $a = 1;
    public $b = 2;
    public $c = 3;
}
$o = new A;
unset($o->b);
var_dump(get_object_vars($o));
$o->b = 'back';
var_dump(get_object_vars($o));
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(3) {
  ["a"]=>
  int(1)
  ["b"]=>
  string(4) "back"
  ["c"]=>
  int(3)
}
