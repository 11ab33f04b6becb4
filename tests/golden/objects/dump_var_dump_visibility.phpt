--TEST--
var_dump annotates protected as ["x":protected] and private as ["y":"A":private].
--FILE--
<?php
class A {
    public $pub = 1;
    protected $prot = 'two';
    private $priv = 3.5;
    public $arr = ['k' => true];
}
var_dump(new A);
--EXPECT--
object(A)#1 (4) {
  ["pub"]=>
  int(1)
  ["prot":protected]=>
  string(3) "two"
  ["priv":"A":private]=>
  float(3.5)
  ["arr"]=>
  array(1) {
    ["k"]=>
    bool(true)
  }
}
