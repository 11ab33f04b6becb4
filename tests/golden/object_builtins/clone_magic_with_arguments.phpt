--TEST--
__clone may not take arguments: a compile-time error naming the method as declared, on its first line.
--FILE--
<?php
echo "never runs\n";
class A {
    public function __CLONE(
        $deep
    ) {}
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Method A::__CLONE() cannot take arguments in %s on line 4
