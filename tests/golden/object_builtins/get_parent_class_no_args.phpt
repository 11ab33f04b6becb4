--TEST--
get_parent_class() without arguments uses the class of the running method; false outside classes.
--FILE--
<?php
class A {}
class B extends A {
    public function parentName() { return get_parent_class(); }
}
class C extends B {}
var_dump((new C)->parentName());
var_dump(get_parent_class());
function f() { return get_parent_class(); }
var_dump(f());
--EXPECT--
string(1) "A"
bool(false)
bool(false)
