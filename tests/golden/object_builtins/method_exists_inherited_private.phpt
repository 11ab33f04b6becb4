--TEST--
A parent's private method counts for an object of the child but not for the child's class name.
--FILE--
<?php
class ParentClass {
    private function secret() {}
    protected function family() {}
}
class ChildClass extends ParentClass {}
var_dump(method_exists(new ChildClass, 'secret'));
var_dump(method_exists('ChildClass', 'secret'));
var_dump(method_exists('ChildClass', 'family'));
var_dump(method_exists('ParentClass', 'secret'));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
