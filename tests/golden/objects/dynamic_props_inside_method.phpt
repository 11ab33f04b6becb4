--TEST--
Creating a dynamic property from inside a method is deprecated too, reported at the assignment line.
--FILE--
<?php
class A {
    public function init() {
        $this->created = true;
    }
}
$a = new A;
$a->init();
var_dump($a->created);
--EXPECTF--
Deprecated: Creation of dynamic property A::$created is deprecated in %s on line 4
bool(true)
