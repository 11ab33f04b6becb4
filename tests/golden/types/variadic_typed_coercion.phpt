--TEST--
a typed variadic parameter coerces each argument
--FILE--
<?php
function ints(int ...$n) { var_dump($n); }
ints("1", 2.0, true);
function strs(?string ...$s) { var_dump($s); }
strs(1, null, 1.5);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(3) {
  [0]=>
  string(1) "1"
  [1]=>
  NULL
  [2]=>
  string(3) "1.5"
}
