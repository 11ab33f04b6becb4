--TEST--
Functions and methods declared &f() returning a property, a static property, an element of a property or a missing property; =& from method and static calls
--FILE--
<?php
class R { public static array $cache = []; public int $n = 1; public $list = [1];
    public function &n() { return $this->n; }
    public static function &cache() { return self::$cache; }
    public function &first() { return $this->list[0]; }
    public function &nothing() { return $this->missing; }
}
$r = new R;
$n = &$r->n();
$n = "7";
var_dump($r->n);
$r->n();
var_dump($r);
$c = &R::cache();
$c['k'] = 1;
var_dump(R::$cache);
try { $c = 5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$f = &$r->first();
$f = 'first';
var_dump($r->list);
$m = &$r->nothing();
$m = 3;
var_dump($r);
function &counter() { static $c = 0; $c++; return $c; }
$x = &counter(); $x += 10; var_dump(counter());
--EXPECTF--
int(7)
object(R)#1 (2) {
  ["n"]=>
  &int(7)
  ["list"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(1) {
  ["k"]=>
  int(1)
}
Cannot assign int to reference held by property R::$cache of type array
array(1) {
  [0]=>
  &string(5) "first"
}

Deprecated: Creation of dynamic property R::$missing is deprecated in %s on line 6
object(R)#1 (3) {
  ["n"]=>
  &int(7)
  ["list"]=>
  array(1) {
    [0]=>
    &string(5) "first"
  }
  ["missing"]=>
  &int(3)
}
int(12)
