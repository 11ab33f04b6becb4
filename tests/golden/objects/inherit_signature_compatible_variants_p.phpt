--TEST--
Overrides may add optional parameters, widen parameter types and narrow return types.
--FILE--
<?php
class A {
    public function m(int $x): ?int { return $x; }
}
class B extends A {
    public function m(int|string $x, $extra = 'e'): int { return (int)$x + 1; }
}
echo (new B)->m("41"), "\n";
echo "ok\n";
--EXPECT--
42
ok
