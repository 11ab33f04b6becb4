--TEST--
debug_zval_dump shows php's refcounts for what the class builtins, casts and object foreach return (class and method names are interned).
--FILE--
<?php
class A { public $p = 1; function m() {} }
debug_zval_dump(get_class_methods('A'));
debug_zval_dump(get_class(new A));
debug_zval_dump(get_object_vars(new A));
$o = new A;
$o->d = [1];
debug_zval_dump((array) $o);
debug_zval_dump(spl_object_hash($o));
foreach ($o as $k => $v) {
    debug_zval_dump($k);
}
debug_zval_dump((object) ['a' => 1]);
function f() { debug_zval_dump(func_get_args()); }
f(1, "x");
--EXPECTF--
array(1) refcount(1){
  [0]=>
  string(1) "m" interned
}
string(1) "A" interned
array(1) refcount(1){
  ["p"]=>
  int(1)
}

Deprecated: Creation of dynamic property A::$d is deprecated in %s on line 7
array(2) refcount(1){
  ["p"]=>
  int(1)
  ["d"]=>
  array(1) refcount(3){
    [0]=>
    int(1)
  }
}
string(32) "00000000000000010000000000000000" refcount(1)
string(1) "p" interned
string(1) "d" interned
object(stdClass)#2 (1) refcount(1){
  ["a"]=>
  int(1)
}
array(2) refcount(1){
  [0]=>
  int(1)
  [1]=>
  string(1) "x" interned
}
