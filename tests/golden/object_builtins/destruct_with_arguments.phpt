--TEST--
__destruct may not take arguments.
--FILE--
<?php
class A {
    public function __destruct($x = 1) {}
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Method A::__destruct() cannot take arguments in %s on line 3
