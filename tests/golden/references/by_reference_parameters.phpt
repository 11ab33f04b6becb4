--TEST--
by-reference parameters: variables, elements, undefined variables, refcounts
--FILE--
<?php
function inc(&$n) { $n++; }
function push(&$list, $value) { $list[] = $value; }
function show(&$x) { debug_zval_dump($x); }
$i = 1;
inc($i);
inc($i);
var_dump($i);
$arr = [1];
inc($arr[0]);
inc($arr[5]);
inc($arr["k"]["deep"]);
var_dump($arr);
push($new, "a");
push($new, "b");
var_dump($new);
$v = [1, 2];
show($v);
$s = str_repeat("ab", 2);
show($s);
debug_zval_dump($s);
--EXPECT--
int(3)
array(3) {
  [0]=>
  int(2)
  [5]=>
  int(1)
  ["k"]=>
  array(1) {
    ["deep"]=>
    int(1)
  }
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
string(4) "abab" refcount(2)
string(4) "abab" refcount(2)
