--TEST--
a call's result for a by-reference parameter is accepted with a notice
--FILE--
<?php
function g() { return [1]; }
function f(&$x) { $x[] = 5; var_dump($x); }
f(g());
h(g());
function h(&$x) { var_dump($x); }
--EXPECTF--
Notice: Only variables should be passed by reference in %s on line 4
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(5)
}

Notice: Only variables should be passed by reference in %s on line 5
array(1) {
  [0]=>
  int(1)
}
