--TEST--
a class return type accepts subclasses
--FILE--
<?php
class Shape {}
class Square extends Shape {}
function make($square): Shape { return $square ? new Square : new stdClass; }
var_dump(make(true));
make(false);
--EXITCODE--
255
--EXPECTF--
object(Square)#1 (0) {
}

Fatal error: Uncaught TypeError: make(): Return value must be of type Shape, stdClass returned in %s:4
Stack trace:
#0 %s(6): make(false)
#1 {main}
  thrown in %s on line 4
