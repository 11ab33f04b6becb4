--TEST--
Since PHP 8.1 a static variable in an inherited (non-overridden) method is shared between parent and child class.
--FILE--
<?php
class A {
    public static function counter() {
        static $n = 0;
        return ++$n;
    }
}
class B extends A {}
echo A::counter(), A::counter(), B::counter(), B::counter(), A::counter(), "\n";
--EXPECT--
12345
