--TEST--
Accessing an undeclared static property is an Error.
--FILE--
<?php
class A {
    public static $x = 1;
}
echo A::$x, "\n";
try {
    echo A::$nope;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
A::$y = 2;
--EXITCODE--
255
--EXPECTF--
1
Access to undeclared static property A::$nope

Fatal error: Uncaught Error: Access to undeclared static property A::$y in %s:11
Stack trace:
#0 {main}
  thrown in %s on line 11
