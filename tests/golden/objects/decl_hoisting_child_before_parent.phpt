--TEST--
A child class declared before its (simple, top-level) parent works once execution has passed the child's declaration.
--FILE--
<?php
var_dump(class_exists('ParentClass'));
var_dump(class_exists('Child'));
class Child extends ParentClass {
    public function who() { return 'child of ' . parent::who(); }
}
var_dump(class_exists('Child'));
echo (new Child)->who(), "\n";
class ParentClass {
    public function who() { return 'parent'; }
}
--EXPECT--
bool(true)
bool(false)
bool(true)
child of parent
