--TEST--
debug_zval_dump shows objects with their handle, property visibility and refcounts of values.
--FILE--
<?php
class A {
    public $i = 1;
    protected $s = 'str';
    private $arr = [1, 2];
}
$a = new A;
debug_zval_dump($a);
$b = $a;
debug_zval_dump($a);
$o = new stdClass;
$o->x = 1.5;
debug_zval_dump($o);
--EXPECT--
object(A)#1 (3) refcount(2){
  ["i"]=>
  int(1)
  ["s":protected]=>
  string(3) "str" interned
  ["arr":"A":private]=>
  array(2) refcount(2){
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
object(A)#1 (3) refcount(3){
  ["i"]=>
  int(1)
  ["s":protected]=>
  string(3) "str" interned
  ["arr":"A":private]=>
  array(2) refcount(2){
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
object(stdClass)#2 (1) refcount(2){
  ["x"]=>
  float(1.5)
}
