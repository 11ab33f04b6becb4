--TEST--
list() with references: elements bound, created when missing, nested
--FILE--
<?php
$arr = [1, [2, 3], 'k' => 4];
[&$a, [$b, &$c]] = $arr;
$a = 'A'; $c = 'C';
var_dump($arr, $b);
['k' => &$k, 'new' => &$n] = $arr;
$k = 'K'; $n = 'N';
var_dump($arr);
$m = [[1]];
[[&$deep]] = $m;
$deep = 'D';
var_dump($m);
$x = ([&$first] = $arr);
var_dump($x === $arr);
foreach ([[1, 2]] as [$p, $q]) echo "$p $q\n";
--EXPECT--
array(3) {
  [0]=>
  &string(1) "A"
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    &string(1) "C"
  }
  ["k"]=>
  int(4)
}
int(2)
array(4) {
  [0]=>
  &string(1) "A"
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    &string(1) "C"
  }
  ["k"]=>
  &string(1) "K"
  ["new"]=>
  &string(1) "N"
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    &string(1) "D"
  }
}
bool(true)
1 2
