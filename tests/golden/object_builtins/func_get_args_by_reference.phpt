--TEST--
Arguments passed by reference come out as plain values.
--FILE--
<?php
function f(&$x) {
    $x++;
    $args = func_get_args();
    $args[0] = 100;
    var_dump($args, $x);
}
$v = 1;
f($v);
var_dump($v);
--EXPECT--
array(1) {
  [0]=>
  int(100)
}
int(2)
int(2)
