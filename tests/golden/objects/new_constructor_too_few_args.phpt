--TEST--
Calling a constructor with too few arguments is an ArgumentCountError.
--FILE--
<?php
class A {
    public function __construct($a, $b) {}
}
try {
    new A(1);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECTF--
ArgumentCountError: Too few arguments to function A::__construct(), 1 passed in %s on line 6 and exactly 2 expected
