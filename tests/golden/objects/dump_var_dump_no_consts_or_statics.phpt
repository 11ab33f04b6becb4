--TEST--
var_dump of an object does not show constants or static properties.
--FILE--
<?php
class A {
    const C = 1;
    public static $s = 2;
    public $i = 3;
}
var_dump(new A);
--EXPECT--
object(A)#1 (1) {
  ["i"]=>
  int(3)
}
