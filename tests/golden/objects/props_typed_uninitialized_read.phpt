--TEST--
Reading a typed property without default before assignment is an Error.
--FILE--
<?php
class A {
    public int $x;
    public $untyped;
}
$a = new A;
var_dump($a->untyped);
try {
    echo $a->x;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$a->x = 5;
echo $a->x, "\n";
--EXPECT--
NULL
Typed property A::$x must not be accessed before initialization
5
