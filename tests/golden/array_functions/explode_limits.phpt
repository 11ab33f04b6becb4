--TEST--
explode with positive, zero and negative limits
--FILE--
<?php
$s = 'a,b,,c';
var_dump(explode(',', $s));
var_dump(explode(',', $s, 2));
var_dump(explode(',', $s, 1));
var_dump(explode(',', $s, 0));
var_dump(explode(',', $s, -1));
var_dump(explode(',', $s, -4));
var_dump(explode(',', $s, -5));
var_dump(explode(',', ''));
var_dump(explode(',', '', -1));
var_dump(explode('--', 'x--y----z--'));
var_dump(explode('nope', 'text'));
var_dump(explode('nope', 'text', -1));
var_dump(explode(',', ',,'));
var_dump(explode('ab', 'ab'));
var_dump(explode(1, 213141));
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(4) "b,,c"
}
array(1) {
  [0]=>
  string(6) "a,b,,c"
}
array(1) {
  [0]=>
  string(6) "a,b,,c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
}
array(0) {
}
array(0) {
}
array(1) {
  [0]=>
  string(0) ""
}
array(0) {
}
array(5) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "z"
  [4]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(4) "text"
}
array(0) {
}
array(3) {
  [0]=>
  string(0) ""
  [1]=>
  string(0) ""
  [2]=>
  string(0) ""
}
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  string(0) ""
}
array(4) {
  [0]=>
  string(1) "2"
  [1]=>
  string(1) "3"
  [2]=>
  string(1) "4"
  [3]=>
  string(0) ""
}
