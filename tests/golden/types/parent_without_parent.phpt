--TEST--
parent in a class without a parent is a compile-time error
--FILE--
<?php
class A { function f(parent $p) {} }
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use "parent" when current class scope has no parent in %s on line 2
