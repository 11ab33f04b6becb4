--TEST--
An uncaught read of an uninitialized typed property prints the fatal error.
--FILE--
<?php
class Point {
    public float $x;
}
$p = new Point;
echo $p->x;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Typed property Point::$x must not be accessed before initialization in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
