--TEST--
Casting an array with mangled keys back to an object restores private/protected visibility.
--FILE--
<?php
class A {
    private $secret = 's';
    public $open = 'o';
}
$arr = (array)new A;
$arr["\0A\0secret"] = 'changed';
$o = (object)$arr;
var_dump($o);
$fake = (object)["\0*\0prot" => 1, 'pub' => 2];
var_dump($fake);
--EXPECT--
object(stdClass)#1 (2) {
  ["secret":"A":private]=>
  string(7) "changed"
  ["open"]=>
  string(1) "o"
}
object(stdClass)#2 (2) {
  ["prot":protected]=>
  int(1)
  ["pub"]=>
  int(2)
}
