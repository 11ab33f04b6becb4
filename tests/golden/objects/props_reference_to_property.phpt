--TEST--
A reference to a property stays bound; changes through it are visible on the object.
--FILE--
<?php
class A { public $v = 1; public $arr = []; }
$a = new A;
$r = &$a->v;
$r = 42;
echo $a->v, "\n";
$arr = &$a->arr;
$arr[] = 'x';
print_r($a->arr);
var_dump($a);
--EXPECT--
42
Array
(
    [0] => x
)
object(A)#1 (2) {
  ["v"]=>
  &int(42)
  ["arr"]=>
  &array(1) {
    [0]=>
    string(1) "x"
  }
}
