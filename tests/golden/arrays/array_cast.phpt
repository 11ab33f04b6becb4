--TEST--
(array) of scalars, null and arrays; (bool), (int), (float) and (string) of arrays
--FILE--
<?php
var_dump((array)1, (array)null, (array)"s", (array)[1,2], (array)1.5, (array)false);
$a=[3]; $b=(array)$a; debug_zval_dump($b);
$n = (array)null; debug_zval_dump($n);

var_dump((bool) [], (bool) [0], (int) [], (int) [1, 2], (float) [5], (string) [1]);
var_dump([] == null, [0] == 0, [1] < 5, "Array" == [1]);
--EXPECTF--
array(1) {
  [0]=>
  int(1)
}
array(0) {
}
array(1) {
  [0]=>
  string(1) "s"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  [0]=>
  float(1.5)
}
array(1) {
  [0]=>
  bool(false)
}
array(1) refcount(4){
  [0]=>
  int(3)
}
array(0) interned {
}

Warning: Array to string conversion in %s on line 6
bool(false)
bool(true)
int(0)
int(1)
float(1)
string(5) "Array"
bool(true)
bool(false)
bool(false)
bool(false)
