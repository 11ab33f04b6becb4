--TEST--
class_exists, interface_exists and function_exists distinguish classes, interfaces and functions, case-insensitively.
--FILE--
<?php
class MyClass {}
interface MyIface {}
abstract class MyAbstract {}
function my_func() {}
var_dump(class_exists('MyClass'), class_exists('myclass'), class_exists('MyIface'), class_exists('MyAbstract'));
var_dump(interface_exists('MyIface'), interface_exists('MyClass'));
var_dump(function_exists('my_func'), function_exists('MY_FUNC'), function_exists('MyClass'));
var_dump(class_exists('stdClass'), class_exists('Nope'), function_exists('strlen'));
var_dump(class_exists('\MyClass'));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
