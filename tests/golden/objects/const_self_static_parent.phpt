--TEST--
self:: resolves a constant in the defining class, static:: in the called class, parent:: in the parent.
--FILE--
<?php
class A {
    const NAME = 'A';
    public function names() {
        return self::NAME . ' ' . static::NAME;
    }
}
class B extends A {
    const NAME = 'B';
    public function parentName() {
        return parent::NAME . ' ' . self::NAME;
    }
}
echo (new A)->names(), "\n";
echo (new B)->names(), "\n";
echo (new B)->parentName(), "\n";
--EXPECT--
A A
A B
A B
