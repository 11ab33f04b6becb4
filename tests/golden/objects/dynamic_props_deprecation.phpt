--TEST--
Creating a dynamic property on a regular class is deprecated in PHP 8.2 but still works.
--FILE--
<?php
class A {
    public $declared = 1;
}
$a = new A;
$a->extra = 'dyn';
echo $a->extra, "\n";
$a->extra = 'again';
$name = 'other';
$a->$name = 2;
var_dump($a);
--EXPECTF--
Deprecated: Creation of dynamic property A::$extra is deprecated in %s on line 6
dyn

Deprecated: Creation of dynamic property A::$other is deprecated in %s on line 10
object(A)#1 (3) {
  ["declared"]=>
  int(1)
  ["extra"]=>
  string(5) "again"
  ["other"]=>
  int(2)
}
