--TEST--
foreach assigns into variables that hold strings, arrays or references
--FILE--
<?php
$v = str_repeat("x", 5);
foreach (["a", "b", [1]] as $v) {}
var_dump($v);
$target = 0;
$ref = &$target;
foreach ([1, 2, 3] as $ref) {}
var_dump($target);
foreach (["k" => "v", 5 => "w"] as $key => $val) var_dump($key, $val);
$list = [[1, 2], [3, 4]];
foreach ($list as $i => [$p, $q]) echo "$i: $p $q\n";
foreach ($list as $row) foreach ($row as $cell) echo $cell;
echo "\n";
--EXPECT--
array(1) {
  [0]=>
  int(1)
}
int(3)
string(1) "k"
string(1) "v"
int(5)
string(1) "w"
0: 1 2
1: 3 4
1234
