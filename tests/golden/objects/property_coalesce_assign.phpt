--TEST--
??= on properties of $this and of variables: assigned only when null or unset (dynamic ones with the 8.2 deprecation)
--FILE--
<?php
class C { public $a; public $b = 0; private $cache = [];
 function get() { return $this->a ??= "computed"; } function c($k) { return $this->cache[$k] ??= strtoupper($k); } }
$c = new C; var_dump($c->get(), $c->get(), $c->c("x"), $c->b ??= 5);
$c->dyn ??= "d"; var_dump($c->dyn);
$o = new stdClass; $o->n ??= 1; $o->n ??= 2; var_dump($o);
--EXPECTF--
string(8) "computed"
string(8) "computed"
string(1) "X"
int(0)

Deprecated: Creation of dynamic property C::$dyn is deprecated in %s on line 5
string(1) "d"
object(stdClass)#2 (1) {
  ["n"]=>
  int(1)
}
