--TEST--
array_diff compares string forms and keeps keys
--FILE--
<?php
var_dump(array_diff([1, '1', 1.0, 'a', 'b' => 'b', null, false, true], ['1'], ['']));
var_dump(array_diff(['x' => 'a', 'y' => 'b'], ['a'], ['c']));
var_dump(array_diff([1.5, '1.5', 0.1 + 0.2], ['1.5', '0.3']));
var_dump(array_diff([], [1]));
var_dump(array_diff([5 => 'only'], ['other'], ['only']));
var_dump(array_diff([5 => 'only'], ['other']));
--EXPECT--
array(2) {
  [3]=>
  string(1) "a"
  ["b"]=>
  string(1) "b"
}
array(1) {
  ["y"]=>
  string(1) "b"
}
array(0) {
}
array(0) {
}
array(0) {
}
array(1) {
  [5]=>
  string(4) "only"
}
