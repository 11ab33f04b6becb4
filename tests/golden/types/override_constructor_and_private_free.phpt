--TEST--
constructors and private methods bind no signature
--FILE--
<?php
class A { function __construct(int $x) {} private function p(int $x) {} }
class B extends A { function __construct(string $y, $z) { echo "B\n"; } function p(string $y, $z) {} }
new B("a", 1);
--EXPECT--
B
