--TEST--
An override that narrows a parameter type is incompatible.
--FILE--
<?php
class A {
    public function m(int|string $x): int { return 1; }
}
class B extends A {
    public function m(int $x): int { return 2; }
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Declaration of B::m(int $x): int must be compatible with A::m(string|int $x): int in %s on line 6
