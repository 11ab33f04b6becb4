--TEST--
WeakReference's class: its methods, final, not instantiable by new
--FILE--
<?php
var_dump(class_exists('WeakReference'), class_exists('weakreference'));
var_dump(get_class_methods('WeakReference'));
var_dump(method_exists('WeakReference', 'create'), method_exists('WeakReference', 'get'));
$o = new stdClass;
$w = WeakReference::create($o);
var_dump($w instanceof WeakReference, get_class($w), get_debug_type($w), gettype($w), is_object($w));
--EXPECT--
bool(true)
bool(true)
array(3) {
  [0]=>
  string(11) "__construct"
  [1]=>
  string(6) "create"
  [2]=>
  string(3) "get"
}
bool(true)
bool(true)
bool(true)
string(13) "WeakReference"
string(13) "WeakReference"
string(6) "object"
bool(true)
