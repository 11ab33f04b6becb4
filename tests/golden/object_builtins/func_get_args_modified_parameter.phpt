--TEST--
func_get_args() shows a parameter's current value after the function changed it.
--FILE--
<?php
function f($x, $y) {
    $x = 'changed';
    unset($y);
    var_dump(func_get_args());
}
f('original', 'gone', 'extra');
--EXPECT--
array(3) {
  [0]=>
  string(7) "changed"
  [1]=>
  NULL
  [2]=>
  string(5) "extra"
}
