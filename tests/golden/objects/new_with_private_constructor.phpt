--TEST--
new with a private or protected constructor: the Error names the class declaring it, without the word "method" (zend_bad_constructor_call)
--FILE--
<?php class A { private function __construct() {} } class B extends A {} class C { protected function __construct() {} }
foreach ([fn() => new A, fn() => new B, fn() => new C] as $f) try { $f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class D extends C { static function make() { return new C; } } var_dump(D::make() instanceof C);
class E { function f() { return new A; } }
try { (new E)->f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Call to private A::__construct() from global scope
Call to private A::__construct() from global scope
Call to protected C::__construct() from global scope
bool(true)
Call to private A::__construct() from scope E
