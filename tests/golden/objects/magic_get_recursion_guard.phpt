--TEST--
Inside __get, accessing the same property does not recurse; it falls back to a normal (undefined) property read.
--FILE--
<?php
class A {
    public function __get($name) {
        echo "__get($name)\n";
        return $this->$name;
    }
}
$a = new A;
var_dump($a->foo);
--EXPECTF--
__get(foo)

Warning: Undefined property: A::$foo in %s on line 5
NULL
