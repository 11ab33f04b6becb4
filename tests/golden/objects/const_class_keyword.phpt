--TEST--
::class gives the fully qualified class name for a name, self, static, parent and an object.
--FILE--
<?php
class A {
    public function names() {
        return [self::class, static::class];
    }
}
class B extends A {
    public function p() { return parent::class; }
}
echo A::class, "\n";
echo B::class, "\n";
print_r((new B)->names());
echo (new B)->p(), "\n";
$b = new B;
echo $b::class, "\n";
echo stdClass::class, "\n";
echo NoSuchClass::class, "\n";
--EXPECT--
A
B
Array
(
    [0] => A
    [1] => B
)
A
B
stdClass
NoSuchClass
