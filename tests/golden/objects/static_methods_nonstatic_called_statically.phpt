--TEST--
Calling a non-static method statically is an Error in PHP 8.
--FILE--
<?php
class A {
    public function inst() { return "inst"; }
}
echo (new A)->inst(), "\n";
A::inst();
--EXITCODE--
255
--EXPECTF--
inst

Fatal error: Uncaught Error: Non-static method A::inst() cannot be called statically in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
