--TEST--
var_dump and debug_zval_dump show uninitialized typed properties (not counted); print_r and var_export leave them out; an int default of a float property is a float
--FILE--
<?php
class A { public int $i; public ?string $s = null; protected array $a = []; public self $me; private float $f = 1; public $u; }
$a = new A;
var_dump($a); print_r($a); echo "\n"; var_export($a); echo "\n"; debug_zval_dump($a);
--EXPECT--
object(A)#1 (4) {
  ["i"]=>
  uninitialized(int)
  ["s"]=>
  NULL
  ["a":protected]=>
  array(0) {
  }
  ["me"]=>
  uninitialized(self)
  ["f":"A":private]=>
  float(1)
  ["u"]=>
  NULL
}
A Object
(
    [s] => 
    [a:protected] => Array
        (
        )

    [f:A:private] => 1
    [u] => 
)

\A::__set_state(array(
   's' => NULL,
   'a' => 
  array (
  ),
   'f' => 1.0,
   'u' => NULL,
))
object(A)#1 (4) refcount(2){
  ["i"]=>
  uninitialized(int)
  ["s"]=>
  NULL
  ["a":protected]=>
  array(0) interned {
  }
  ["me"]=>
  uninitialized(self)
  ["f":"A":private]=>
  float(1)
  ["u"]=>
  NULL
}
