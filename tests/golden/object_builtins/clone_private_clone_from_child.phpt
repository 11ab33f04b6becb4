--TEST--
A private __clone of the parent cannot be called from a child's method.
--FILE--
<?php
class Base { private function __clone() {} }
class Sub extends Base { public function copy() { return clone $this; } }
(new Sub)->copy();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Call to private Base::__clone() from scope Sub in %s:3
Stack trace:
#0 %s(4): Sub->copy()
#1 {main}
  thrown in %s on line 3
