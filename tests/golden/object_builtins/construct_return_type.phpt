--TEST--
__construct may declare no return type.
--FILE--
<?php
class A {
    public function __construct(): void {}
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Method A::__construct() cannot declare a return type in %s on line 3
