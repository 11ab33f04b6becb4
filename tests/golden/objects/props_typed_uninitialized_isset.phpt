--TEST--
isset() on an uninitialized typed property is false and does not throw; unset() makes an initialized one uninitialized again.
--FILE--
<?php
class A {
    public ?int $x;
}
$a = new A;
var_dump(isset($a->x));
$a->x = null;
var_dump(isset($a->x));
$a->x = 1;
var_dump(isset($a->x));
unset($a->x);
var_dump(isset($a->x));
try { var_dump($a->x); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(false)
Typed property A::$x must not be accessed before initialization
