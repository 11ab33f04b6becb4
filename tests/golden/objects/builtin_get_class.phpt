--TEST--
get_class returns the class name of an object; without arguments inside a method it returns the defining class.
--FILE--
<?php
class A {
    public function defining() { return get_class(); }
    public function of() { return get_class($this); }
}
class B extends A {}
$b = new B;
echo get_class($b), "\n";
echo get_class(new stdClass), "\n";
echo $b->of(), "\n";
echo $b->defining(), "\n";
try {
    get_class("B");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
B
stdClass
B
A
get_class(): Argument #1 ($object) must be of type object, string given
