--TEST--
__clone may not be static.
--FILE--
<?php
class A {
    public static function __clone() {}
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Method A::__clone() cannot be static in %s on line 3
