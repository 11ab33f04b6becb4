--TEST--
two by-reference parameters bound to the same variable
--FILE--
<?php
function both(&$a, &$b) { $a = 1; $b = 2; return $a; }
$x = 0;
var_dump(both($x, $x), $x);
function swap(&$p, &$q) { $t = $p; $p = $q; $q = $t; }
$m = "m"; $n = "n";
swap($m, $n);
var_dump($m, $n);
$pair = [1, 2];
swap($pair[0], $pair[1]);
var_dump($pair);
--EXPECT--
int(2)
int(2)
string(1) "n"
string(1) "m"
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(1)
}
