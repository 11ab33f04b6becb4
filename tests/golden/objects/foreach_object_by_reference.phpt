--TEST--
foreach by reference over an object's properties modifies them in place.
--FILE--
<?php
class P {
    public $x = 1;
    public $y = 2;
    public $z = 3;
}
$p = new P;
foreach ($p as $k => &$v) {
    $v *= 10;
}
unset($v);
var_dump($p);
--EXPECT--
object(P)#1 (3) {
  ["x"]=>
  int(10)
  ["y"]=>
  int(20)
  ["z"]=>
  int(30)
}
