--TEST--
parent:: and self:: calls forward the late static binding, while ClassName:: calls do not.
--FILE--
<?php
class A {
    public static function create() { return static::class; }
}
class B extends A {
    public static function viaParent() { return parent::create(); }
    public static function viaSelf() { return self::create(); }
    public static function viaName() { return A::create(); }
}
class C extends B {}
echo C::viaParent(), "\n";
echo C::viaSelf(), "\n";
echo C::viaName(), "\n";
--EXPECT--
C
C
A
