--TEST--
get_class_methods() of WeakMap, InternalIterator and WeakReference, in php's order (a private constructor left out)
--FILE--
<?php
var_dump(get_class_methods("WeakMap"), get_class_methods("InternalIterator"), get_class_methods("WeakReference"));
--EXPECT--
array(6) {
  [0]=>
  string(9) "offsetGet"
  [1]=>
  string(9) "offsetSet"
  [2]=>
  string(12) "offsetExists"
  [3]=>
  string(11) "offsetUnset"
  [4]=>
  string(5) "count"
  [5]=>
  string(11) "getIterator"
}
array(5) {
  [0]=>
  string(7) "current"
  [1]=>
  string(3) "key"
  [2]=>
  string(4) "next"
  [3]=>
  string(5) "valid"
  [4]=>
  string(6) "rewind"
}
array(3) {
  [0]=>
  string(11) "__construct"
  [1]=>
  string(6) "create"
  [2]=>
  string(3) "get"
}
