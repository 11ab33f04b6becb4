--TEST--
Inside __set, writing the same property creates a real property (guard active) instead of recursing.
--FILE--
<?php
#[AllowDynamicProperties]
class A {
    public function __set($name, $value) {
        echo "__set($name)\n";
        $this->$name = $value * 2;
    }
}
$a = new A;
$a->x = 5;
var_dump($a->x);
$a->x = 7;
var_dump($a);
--EXPECT--
__set(x)
int(10)
object(A)#1 (1) {
  ["x"]=>
  int(7)
}
