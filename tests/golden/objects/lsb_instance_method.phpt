--TEST--
In an instance method, static:: refers to the class of $this.
--FILE--
<?php
class A {
    public function make() { return new static; }
    public function kind() { return static::KIND; }
    const KIND = 'a';
}
class B extends A {
    const KIND = 'b';
}
$b = new B;
echo get_class($b->make()), "\n";
echo $b->kind(), "\n";
echo (new A)->kind(), "\n";
--EXPECT--
B
b
a
