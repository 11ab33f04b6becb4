--TEST--
int parameter: an object is a TypeError naming its class
--FILE--
<?php
class Point {}
function f(int $x) { return $x; }
f(new Point);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type int, Point given, called in %s on line 4 and defined in %s:3
Stack trace:
#0 %s(4): f(Object(Point))
#1 {main}
  thrown in %s on line 3
