--TEST--
self in both declarations prints as each one's class
--FILE--
<?php
class A { function m(self $x, int ...$r): static { return $this; } }
class B extends A { function m(self $x): static { return $this; } }
--EXITCODE--
255
--EXPECTF--
Fatal error: Declaration of B::m(B $x): static must be compatible with A::m(A $x, int ...$r): static in %s on line 3
