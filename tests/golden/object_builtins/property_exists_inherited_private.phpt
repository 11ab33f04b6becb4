--TEST--
A parent's private property does not exist for the child's class name.
--FILE--
<?php
class ParentClass {
    private $secret = 1;
    protected $shared = 2;
}
class ChildClass extends ParentClass {}
var_dump(property_exists('ChildClass', 'secret'));
var_dump(property_exists(new ChildClass, 'secret'));
var_dump(property_exists('ChildClass', 'shared'));
var_dump(property_exists('ParentClass', 'secret'));
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(true)
