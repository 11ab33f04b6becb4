--TEST--
A concrete class that does not implement an inherited abstract method is a fatal error.
--FILE--
<?php
abstract class A {
    abstract public function f();
    abstract public function g();
}
class B extends A {
    public function f() {}
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Class B contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (A::g) in %s on line 6
