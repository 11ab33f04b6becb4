--TEST--
func_get_args() and func_num_args() count what was passed, extra arguments included.
--FILE--
<?php
function f($a, $b = 'default') {
    var_dump(func_num_args());
    var_dump(func_get_args());
}
f(1);
f(1, 2);
f(1, 2, 3, 4);
--EXPECT--
int(1)
array(1) {
  [0]=>
  int(1)
}
int(2)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(4)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
