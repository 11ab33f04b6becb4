--TEST--
ArgumentCountError for a method names Class::method
--FILE--
<?php
class A { function m(int $x, $y) {} }
(new A)->m(1);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: Too few arguments to function A::m(), 1 passed in %s on line 3 and exactly 2 expected in %s:2
Stack trace:
#0 %s(3): A->m(1)
#1 {main}
  thrown in %s on line 2
