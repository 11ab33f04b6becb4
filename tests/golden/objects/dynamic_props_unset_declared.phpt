--TEST--
Unsetting a declared property and then reassigning it does not trigger the dynamic-property deprecation.
--FILE--
<?php
class A {
    public $p = 1;
}
$a = new A;
unset($a->p);
var_dump($a);
$a->p = 2;
var_dump($a);
--EXPECT--
object(A)#1 (0) {
}
object(A)#1 (1) {
  ["p"]=>
  int(2)
}
