--TEST--
self and static return types; static prints the called class
--FILE--
<?php
class A {
    static function make(): static { return new static; }
    static function wrong(): static { return new A; }
    function me(): self { return $this; }
}
class B extends A {}
var_dump(B::make());
var_dump((new B)->me());
var_dump(A::wrong());
B::wrong();
--EXITCODE--
255
--EXPECTF--
object(B)#1 (0) {
}
object(B)#1 (0) {
}
object(A)#1 (0) {
}

Fatal error: Uncaught TypeError: A::wrong(): Return value must be of type B, A returned in %s:4
Stack trace:
#0 %s(11): A::wrong()
#1 {main}
  thrown in %s on line 4
