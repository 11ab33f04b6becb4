--TEST--
list() and [] destructuring: keys, nesting, skipping, swaps
--FILE--
<?php
[$a, $b] = [1, 2];
list($c, , $d) = [3, 4, 5];
["x" => $x, "y" => $y] = ["y" => "Y", "x" => "X"];
[[$p, $q], [$r]] = [[1, 2], [3]];
var_dump($a, $b, $c, $d, $x, $y, $p, $q, $r);
[$a, $b] = [$b, $a];
var_dump($a, $b);
[$m, $n] = [1];
var_dump($m, $n);
[$s, $t] = "ab";
var_dump($s, $t);
$arr = [];
[$arr[0], $arr["k"]] = ["zero", "kay"];
var_dump($arr);
$v = ([$e, $f] = [7, 8]);
var_dump($v);
foreach ([[1, 2], [3, 4]] as [$one, $two]) echo "$one-$two\n";
--EXPECTF--
int(1)
int(2)
int(3)
int(5)
string(1) "X"
string(1) "Y"
int(1)
int(2)
int(3)
int(2)
int(1)

Warning: Undefined array key 1 in %s on line 9
int(1)
NULL
NULL
NULL
array(2) {
  [0]=>
  string(4) "zero"
  ["k"]=>
  string(3) "kay"
}
array(2) {
  [0]=>
  int(7)
  [1]=>
  int(8)
}
1-2
3-4
