--TEST--
"Undefined array key" from reads, nested reads, list() and compound assignments
--FILE--
<?php
$a = [1];
echo $a[5] ?? "quiet", "\n";
$x = $a[5];
$y = $a["k"]["j"];
[$p, $q] = $a;
$a["c"] .= "x";
$a["d"] += 1;
$a["e"]--;
var_dump($x, $y, $q, $a);
--EXPECTF--
quiet

Warning: Undefined array key 5 in %s on line 4

Warning: Undefined array key "k" in %s on line 5

Warning: Trying to access array offset on value of type null in %s on line 5

Warning: Undefined array key 1 in %s on line 6

Warning: Undefined array key "c" in %s on line 7

Warning: Undefined array key "d" in %s on line 8

Warning: Undefined array key "e" in %s on line 9
NULL
NULL
NULL
array(4) {
  [0]=>
  int(1)
  ["c"]=>
  string(1) "x"
  ["d"]=>
  int(1)
  ["e"]=>
  NULL
}
