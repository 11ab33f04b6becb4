--TEST--
by-reference parameters must match in an override
--FILE--
<?php
class A { function m(&$x) {} }
class B extends A { function m($x) {} }
--EXITCODE--
255
--EXPECTF--
Fatal error: Declaration of B::m($x) must be compatible with A::m(&$x) in %s on line 3
