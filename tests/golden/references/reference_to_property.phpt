--TEST--
=& to a declared property and to a new dynamic one
--FILE--
<?php
class A { public $p = 1; }
$a = new A; $r = &$a->p; $r = 5; var_dump($a); $b = &$a->q; $b = 2; var_dump($a);
--EXPECTF--
object(A)#1 (1) {
  ["p"]=>
  &int(5)
}

Deprecated: Creation of dynamic property A::$q is deprecated in %s on line 3
object(A)#1 (2) {
  ["p"]=>
  &int(5)
  ["q"]=>
  &int(2)
}
