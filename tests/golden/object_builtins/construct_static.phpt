--TEST--
__construct may not be static.
--FILE--
<?php
class A {
    public static function __construct() {}
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Method A::__construct() cannot be static in %s on line 3
