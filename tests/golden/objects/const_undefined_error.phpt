--TEST--
Reading an undefined class constant is an Error.
--FILE--
<?php
class A {
    const X = 1;
}
echo A::X, "\n";
try {
    echo A::Y;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo A::Z;
--EXITCODE--
255
--EXPECTF--
1
Error: Undefined constant A::Y

Fatal error: Uncaught Error: Undefined constant A::Z in %s:11
Stack trace:
#0 {main}
  thrown in %s on line 11
