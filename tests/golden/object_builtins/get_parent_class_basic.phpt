--TEST--
get_parent_class() of objects and of class names (any case); false without a parent.
--FILE--
<?php
class GrandParentClass {}
class ParentClass extends GrandParentClass {}
class ChildClass extends ParentClass {}
var_dump(get_parent_class(new ChildClass));
var_dump(get_parent_class('childclass'));
var_dump(get_parent_class('ParentClass'));
var_dump(get_parent_class(new GrandParentClass));
var_dump(get_parent_class(new stdClass));
--EXPECT--
string(11) "ParentClass"
string(11) "ParentClass"
string(16) "GrandParentClass"
bool(false)
bool(false)
