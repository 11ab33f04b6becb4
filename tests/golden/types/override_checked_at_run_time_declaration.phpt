--TEST--
a class declared at run time is checked when declared
--FILE--
<?php
echo "before\n";
if (true) {
    class A { function m(int $x) {} }
    class B extends A { function m(string $x) {} }
}
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Declaration of B::m(string $x) must be compatible with A::m(int $x) in %s on line 5
