--TEST--
get_called_class() returns the late-static-bound class name in static and instance methods.
--FILE--
<?php
class A {
    public static function s() { return get_called_class(); }
    public function i() { return get_called_class(); }
}
class B extends A {}
echo A::s(), " ", B::s(), "\n";
echo (new A)->i(), " ", (new B)->i(), "\n";
--EXPECT--
A B
A B
