--TEST--
large arrays through slice, chunk, merge and range
--FILE--
<?php
$big = range(1, 100000);
var_dump(count($big), array_sum($big));
var_dump(count(array_chunk($big, 7)), count(array_merge($big, $big)));
var_dump(array_slice($big, -3));
var_dump(count(array_unique(array_merge($big, $big))));
var_dump(count(array_diff($big, range(1, 50000))));
var_dump(count(array_flip($big)), implode(',', array_slice(array_reverse($big), 0, 5)));
var_dump(count(explode(',', implode(',', $big))));
--EXPECT--
int(100000)
int(5000050000)
int(14286)
int(200000)
array(3) {
  [0]=>
  int(99998)
  [1]=>
  int(99999)
  [2]=>
  int(100000)
}
int(100000)
int(50000)
int(100000)
string(30) "100000,99999,99998,99997,99996"
int(100000)
