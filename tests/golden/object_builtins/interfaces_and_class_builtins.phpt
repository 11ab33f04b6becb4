--TEST--
interface_exists, class_exists, get_class_methods, is_a, is_subclass_of, get_parent_class and method_exists with interfaces.
--FILE--
<?php
interface Shape { const SIDES = 0; function area(); }
interface Named extends Shape { function name(); }
abstract class Base implements Named { function name() { return static::class; } abstract function area(); }
class Square extends Base { function area() { return 4; } }
$s = new Square;
var_dump(interface_exists('Shape'), interface_exists('named'), class_exists('Shape'), class_exists('Base'), interface_exists('Square'));
var_dump(get_class_methods('Shape'), get_class_methods('Named'), get_class_methods($s));
var_dump(is_a($s, 'Shape'), is_subclass_of($s, 'Named'), is_subclass_of('Square', 'Shape'), is_a('Named', 'Shape', true), is_subclass_of('Named', 'Shape'));
var_dump(get_parent_class($s), get_parent_class('Base'), get_parent_class('Named'));
var_dump(method_exists('Shape', 'area'), method_exists('Named', 'area'), method_exists('Named', 'name'));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
array(1) {
  [0]=>
  string(4) "area"
}
array(2) {
  [0]=>
  string(4) "name"
  [1]=>
  string(4) "area"
}
array(2) {
  [0]=>
  string(4) "area"
  [1]=>
  string(4) "name"
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(4) "Base"
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
