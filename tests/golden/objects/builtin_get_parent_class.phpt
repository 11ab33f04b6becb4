--TEST--
get_parent_class returns the parent name for objects and class-name strings, false for a root class.
--FILE--
<?php
class A {}
class B extends A {}
class C extends B {
    public function p() { return get_parent_class(); }
}
var_dump(get_parent_class(new C));
var_dump(get_parent_class('B'));
var_dump(get_parent_class(new A));
var_dump(get_parent_class(new stdClass));
var_dump((new C)->p());
--EXPECT--
string(1) "B"
string(1) "A"
bool(false)
bool(false)
string(1) "B"
