--TEST--
Calling an undefined method on a class without __call is an Error.
--FILE--
<?php
class A {
    public function exists() {}
}
$a = new A;
try {
    $a->missing();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
A::staticMissing();
--EXITCODE--
255
--EXPECTF--
Call to undefined method A::missing()

Fatal error: Uncaught Error: Call to undefined method A::staticMissing() in %s:11
Stack trace:
#0 {main}
  thrown in %s on line 11
