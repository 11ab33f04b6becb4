--TEST--
a variadic parameter collects the arguments past the others into a list
--FILE--
<?php
function f($first, ...$rest) { var_dump($first, $rest); }
f(1);
f(1, "a", [2]);
function sum(...$n) { $t = 0; foreach ($n as $v) $t += $v; return $t; }
echo sum(), " ", sum(1, 2, 3), "\n";
--EXPECT--
int(1)
array(0) {
}
int(1)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  array(1) {
    [0]=>
    int(2)
  }
}
0 6
