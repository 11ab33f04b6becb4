--TEST--
a class extending an abstract class must implement its abstract methods (compile-time fatal for an early-bound class)
--FILE--
<?php
echo "never printed\n";
abstract class A { abstract function f(); abstract function g(); abstract protected function h(); abstract function i(); function j() {} }
class B extends A { function f() {} }
--EXITCODE--
255
--EXPECTF--
Fatal error: Class B contains 3 abstract methods and must therefore be declared abstract or implement the remaining methods (A::g, A::h, A::i) in %s on line 4
