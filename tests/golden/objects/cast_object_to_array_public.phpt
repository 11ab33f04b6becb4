--TEST--
(array) on an object with only public properties gives a plain associative array.
--FILE--
<?php
class P {
    public $x = 1;
    public $y = [2];
    public $n = null;
}
$a = (array)new P;
var_dump($a);
$s = new stdClass;
$s->k = 'v';
var_dump((array)$s);
--EXPECT--
array(3) {
  ["x"]=>
  int(1)
  ["y"]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["n"]=>
  NULL
}
array(1) {
  ["k"]=>
  string(1) "v"
}
