--TEST--
Reading a private property from outside the class is an Error.
--FILE--
<?php
class A {
    private $x = 1;
}
$a = new A;
echo "before\n";
echo $a->x;
echo "after\n";
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Uncaught Error: Cannot access private property A::$x in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
