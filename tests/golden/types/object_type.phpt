--TEST--
object accepts any object
--FILE--
<?php
class A {}
function f(object $o) { var_dump($o); }
f(new A);
f(new stdClass);
f([]);
--EXITCODE--
255
--EXPECTF--
object(A)#1 (0) {
}
object(stdClass)#1 (0) {
}

Fatal error: Uncaught TypeError: f(): Argument #1 ($o) must be of type object, array given, called in %s on line 6 and defined in %s:3
Stack trace:
#0 %s(6): f(Array)
#1 {main}
  thrown in %s on line 3
