--TEST--
an override may not drop the parent's return type
--FILE--
<?php
class A { function m(): int { return 1; } }
class B extends A { function m() {} }
--EXITCODE--
255
--EXPECTF--
Fatal error: Declaration of B::m() must be compatible with A::m(): int in %s on line 3
