--TEST--
A readonly property without a type is a compile-time fatal error.
--FILE--
<?php
class A {
    public readonly $x;
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Readonly property A::$x must have type in %s on line 3
