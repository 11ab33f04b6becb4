--TEST--
unset leaves holes that iteration skips; unsetting missing keys is silent
--FILE--
<?php
$a = [1, 2, 3, 4, 5];
unset($a[1], $a[3]);
var_dump($a);
unset($a[10], $a["x"]);
$a[] = 6;
var_dump($a);
foreach ($a as $k => $v) echo "$k=$v ";
echo "\n";
$h = ["a" => 1, "b" => 2, "c" => 3];
unset($h["b"]);
$h["b"] = 4;
var_dump($h);
$n = [[1, 2], [3]];
unset($n[0][1]);
unset($n[5][6]);
var_dump($n);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [2]=>
  int(3)
  [4]=>
  int(5)
}
array(4) {
  [0]=>
  int(1)
  [2]=>
  int(3)
  [4]=>
  int(5)
  [5]=>
  int(6)
}
0=1 2=3 4=5 5=6 
array(3) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
  ["b"]=>
  int(4)
}
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
  [1]=>
  array(1) {
    [0]=>
    int(3)
  }
}
