--TEST--
Declaring an abstract method in a non-abstract class is a fatal error.
--FILE--
<?php
class A {
    abstract public function f();
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Class A contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (A::f) in %s on line 2
