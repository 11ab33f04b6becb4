--TEST--
var_dump shows handle numbers of nested objects after earlier objects were freed
--FILE--
<?php
class Box { public $in; }
$tmp1 = new Box;
$tmp2 = new Box;
unset($tmp1, $tmp2);
$b = new Box;
$b->in = new Box;
$b->in->in = new Box;
var_dump($b);
--EXPECT--
object(Box)#2 (1) {
  ["in"]=>
  object(Box)#1 (1) {
    ["in"]=>
    object(Box)#3 (1) {
      ["in"]=>
      NULL
    }
  }
}
