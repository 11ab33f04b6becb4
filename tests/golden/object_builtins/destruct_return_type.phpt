--TEST--
__destruct may declare no return type, not even void.
--FILE--
<?php
class A {
    public function __destruct(): void {}
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Method A::__destruct() cannot declare a return type in %s on line 3
