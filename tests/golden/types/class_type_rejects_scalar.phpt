--TEST--
a class-typed parameter rejects scalars without coercion
--FILE--
<?php
class A {}
function f(A $a) {}
f("A");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: f(): Argument #1 ($a) must be of type A, string given, called in %s on line 4 and defined in %s:3
Stack trace:
#0 %s(4): f('A')
#1 {main}
  thrown in %s on line 3
