--TEST--
mixed accepts everything, null included
--FILE--
<?php
function f(mixed $m = 1) { var_dump($m); }
f();
f(null);
f([1]);
f(new stdClass);
--EXPECT--
int(1)
NULL
array(1) {
  [0]=>
  int(1)
}
object(stdClass)#1 (0) {
}
