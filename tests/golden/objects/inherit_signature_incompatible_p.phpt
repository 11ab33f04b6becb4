--TEST--
An override with an incompatible signature is a compile-time fatal error naming both declarations.
--FILE--
<?php
class A {
    public function m($x) {}
}
class B extends A {
    public function m() {}
}
echo "unreachable\n";
--EXITCODE--
255
--EXPECTF--
Fatal error: Declaration of B::m() must be compatible with A::m($x) in %s on line 6
