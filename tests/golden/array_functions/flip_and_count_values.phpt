--TEST--
array_flip and array_count_values skip other types with a warning
--FILE--
<?php
var_dump(array_flip(['a', 'b', 'a', 5 => 10, 'k' => '07', 'n' => '8']));
var_dump(array_flip([1.5, true, null, [1], 'ok']));
var_dump(array_count_values(['a', 'b', 'a', 1, '1', 1.5, true, 'A']));
--EXPECTF--
array(5) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  [10]=>
  int(5)
  ["07"]=>
  string(1) "k"
  [8]=>
  string(1) "n"
}

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3
array(1) {
  ["ok"]=>
  int(4)
}

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 4

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 4
array(4) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  [1]=>
  int(2)
  ["A"]=>
  int(1)
}
