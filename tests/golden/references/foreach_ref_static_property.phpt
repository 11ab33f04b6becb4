--TEST--
foreach by reference over a static property
--FILE--
<?php
class S { public static $items = [1, 2]; }
foreach (S::$items as &$x) { $x++; }
unset($x);
var_dump(S::$items);
--EXPECT--
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
