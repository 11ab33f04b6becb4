--TEST--
get_class() gives the class name as declared, for user classes and stdClass.
--FILE--
<?php
class MyClass {}
class Child extends MyClass {}
$objects = [new MyClass, new child, new stdClass, (object)[]];
foreach ($objects as $o) {
    var_dump(get_class($o));
}
--EXPECT--
string(7) "MyClass"
string(5) "Child"
string(8) "stdClass"
string(8) "stdClass"
