--TEST--
overrides may widen parameter types, add optional parameters and narrow return types
--FILE--
<?php
class A { function m(int $x, A $a): ?A { return $a; } }
class B extends A { function m(int|string $x, object $a, $extra = 1): B { return $this; } }
class C extends B { function m($x, $a, ...$more): static { return $this; } }
var_dump((new C)->m("1", new A));
--EXPECT--
object(C)#1 (0) {
}
