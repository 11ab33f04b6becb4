--TEST--
sort, rsort, asort, arsort, ksort, krsort, usort, uasort, uksort with php's comparison and flags; the callback's calls in php's order
--FILE--
<?php
$a = [5, 3, "10", 1, "abc", 2.5, true, null, "9"];
sort($a); var_dump($a);
$b = ["b" => 2, "a" => 3, "c" => 1, 10 => 0, "9" => 5];
asort($b); var_dump($b);
arsort($b); var_dump($b);
ksort($b); var_dump($b);
krsort($b); var_dump($b);
$c = ["10", "9", "2", "1"];
sort($c, SORT_STRING); var_dump($c);
rsort($c, SORT_NUMERIC); var_dump($c);
$d = ["B", "a", "C", "b"];
sort($d, SORT_STRING | SORT_FLAG_CASE); var_dump($d);
function cmp($x, $y) { echo "cmp($x,$y) "; return $x <=> $y; }
$e = [3, 1, 2, 5, 4, 9, 7, 8, 6, 0, 11, 10, 15, 13, 12, 14, 16, 20, 18, 17, 19];
usort($e, 'cmp'); echo "\n"; echo implode2($e), "\n";
function implode2($a) { $s = ""; foreach ($a as $k => $v) $s .= "$k:$v "; return $s; }
function bycmp($x, $y) { return $x > $y; }
$f = [3, 1, 2];
usort($f, 'bycmp'); var_dump($f);
$g = ["x" => 3, "y" => 1, "z" => 2];
uasort($g, 'cmp'); echo "\n"; var_dump($g);
uksort($g, 'cmp'); echo "\n"; var_dump($g);
$h = [1]; $h2 = [5 => 'only']; sort($h2); var_dump($h2);
$stable = [["a", 1], ["b", 1], ["c", 0], ["d", 1]];
function by1($x, $y) { return $x[1] <=> $y[1]; }
usort($stable, 'by1'); echo implode2(array_map2($stable)), "\n";
function array_map2($a) { $o = []; foreach ($a as $v) $o[] = $v[0]; return $o; }
var_dump(sort($h));
--EXPECTF--
array(9) {
  [0]=>
  NULL
  [1]=>
  int(1)
  [2]=>
  float(2.5)
  [3]=>
  int(3)
  [4]=>
  int(5)
  [5]=>
  string(2) "10"
  [6]=>
  string(3) "abc"
  [7]=>
  bool(true)
  [8]=>
  string(1) "9"
}
array(5) {
  [10]=>
  int(0)
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(3)
  [9]=>
  int(5)
}
array(5) {
  [9]=>
  int(5)
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
  ["c"]=>
  int(1)
  [10]=>
  int(0)
}
array(5) {
  [9]=>
  int(5)
  [10]=>
  int(0)
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
  ["c"]=>
  int(1)
}
array(5) {
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(3)
  [10]=>
  int(0)
  [9]=>
  int(5)
}
array(4) {
  [0]=>
  string(1) "1"
  [1]=>
  string(2) "10"
  [2]=>
  string(1) "2"
  [3]=>
  string(1) "9"
}
array(4) {
  [0]=>
  string(2) "10"
  [1]=>
  string(1) "9"
  [2]=>
  string(1) "2"
  [3]=>
  string(1) "1"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "B"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "C"
}
cmp(3,11) cmp(11,19) cmp(11,2) cmp(11,5) cmp(11,4) cmp(11,9) cmp(11,7) cmp(11,8) cmp(11,6) cmp(11,0) cmp(11,1) cmp(11,10) cmp(11,15) cmp(17,11) cmp(18,11) cmp(20,11) cmp(16,11) cmp(14,11) cmp(12,11) cmp(13,11) cmp(15,13) cmp(15,12) cmp(13,12) cmp(15,14) cmp(13,14) cmp(15,16) cmp(16,20) cmp(20,18) cmp(15,18) cmp(16,18) cmp(20,17) cmp(16,17) cmp(18,17) cmp(20,19) cmp(17,19) cmp(18,19) cmp(3,10) cmp(10,2) cmp(3,2) cmp(10,5) cmp(3,5) cmp(10,4) cmp(5,4) cmp(3,4) cmp(10,9) cmp(5,9) cmp(10,7) cmp(5,7) cmp(9,7) cmp(10,8) cmp(7,8) cmp(9,8) cmp(10,6) cmp(8,6) cmp(5,6) cmp(7,6) cmp(10,0) cmp(8,0) cmp(6,0) cmp(4,0) cmp(2,0) cmp(10,1) cmp(8,1) cmp(6,1) cmp(4,1) cmp(2,1) cmp(1,0) 
0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10 11:11 12:12 13:13 14:14 15:15 16:16 17:17 18:18 19:19 20:20 

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 20
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
cmp(3,1) cmp(2,1) cmp(3,2) 
array(3) {
  ["y"]=>
  int(1)
  ["z"]=>
  int(2)
  ["x"]=>
  int(3)
}
cmp(y,z) cmp(z,x) cmp(y,x) 
array(3) {
  ["x"]=>
  int(3)
  ["y"]=>
  int(1)
  ["z"]=>
  int(2)
}
array(1) {
  [0]=>
  string(4) "only"
}
0:c 1:a 2:b 3:d 
bool(true)
