--TEST--
Reading a protected property from outside the class is an Error.
--FILE--
<?php
class A {
    protected $y = 2;
}
$a = new A;
echo $a->y;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Cannot access protected property A::$y in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
