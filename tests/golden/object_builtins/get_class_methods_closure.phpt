--TEST--
get_class_methods of a Closure lists its static and bound methods but not __invoke, which method_exists still finds.
--FILE--
<?php
$f = fn () => 1;
var_dump(get_class_methods($f));
var_dump(method_exists($f, '__invoke'), get_class($f), get_debug_type($f));
--EXPECT--
array(4) {
  [0]=>
  string(4) "bind"
  [1]=>
  string(6) "bindTo"
  [2]=>
  string(4) "call"
  [3]=>
  string(12) "fromCallable"
}
bool(true)
string(7) "Closure"
string(7) "Closure"
