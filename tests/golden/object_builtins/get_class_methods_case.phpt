--TEST--
get_class_methods() keeps the case methods were declared in; a class name is looked up in any case.
--FILE--
<?php
class CamelCase {
    public function doSomething() {}
    public function __construct() {}
    public function ALLCAPS() {}
}
var_dump(get_class_methods('camelcase'));
var_dump(get_class_methods(new stdClass));
--EXPECT--
array(3) {
  [0]=>
  string(11) "doSomething"
  [1]=>
  string(11) "__construct"
  [2]=>
  string(7) "ALLCAPS"
}
array(0) {
}
