--TEST--
self does not satisfy a parent's static return type, static satisfies self
--FILE--
<?php
class A { function m(): self { return $this; } function n(): static { return $this; } }
class B extends A { function m(): static { return $this; } }
class C extends A { function n(): self { return $this; } }
--EXITCODE--
255
--EXPECTF--
Fatal error: Declaration of C::n(): C must be compatible with A::n(): static in %s on line 4
