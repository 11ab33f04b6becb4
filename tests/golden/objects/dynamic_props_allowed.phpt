--TEST--
No deprecation for dynamic properties on stdClass or on a class with #[AllowDynamicProperties] (and its children).
--FILE--
<?php
#[AllowDynamicProperties]
class Loose {}
class LooseChild extends Loose {}
$s = new stdClass;
$s->a = 1;
$l = new Loose;
$l->b = 2;
$c = new LooseChild;
$c->c = 3;
var_dump($s, $l, $c);
--EXPECT--
object(stdClass)#1 (1) {
  ["a"]=>
  int(1)
}
object(Loose)#2 (1) {
  ["b"]=>
  int(2)
}
object(LooseChild)#3 (1) {
  ["c"]=>
  int(3)
}
