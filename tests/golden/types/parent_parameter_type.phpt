--TEST--
parent in a parameter type is the parent class
--FILE--
<?php
class Base {}
class Child extends Base { function take(parent $p) { var_dump($p); } }
(new Child)->take(new Base);
(new Child)->take(new Child);
(new Child)->take(new stdClass);
--EXITCODE--
255
--EXPECTF--
object(Base)#2 (0) {
}
object(Child)#2 (0) {
}

Fatal error: Uncaught TypeError: Child::take(): Argument #1 ($p) must be of type Base, stdClass given, called in %s on line 6 and defined in %s:3
Stack trace:
#0 %s(6): Child->take(Object(stdClass))
#1 {main}
  thrown in %s on line 3
