--TEST--
static:: calls the overriding static method of the called class, self:: the defining class's own.
--FILE--
<?php
class A {
    public static function who() { return 'A'; }
    public static function test() {
        return 'self=' . self::who() . ' static=' . static::who();
    }
}
class B extends A {
    public static function who() { return 'B'; }
}
echo A::test(), "\n";
echo B::test(), "\n";
--EXPECT--
self=A static=A
self=A static=B
