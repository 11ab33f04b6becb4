--TEST--
Initializing a readonly property from global scope is an Error (only the declaring scope may initialize).
--FILE--
<?php
class A {
    public readonly int $x;
}
$a = new A;
try {
    $a->x = 1;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump($a);
--EXPECT--
Cannot initialize readonly property A::$x from global scope
object(A)#1 (0) {
  ["x"]=>
  uninitialized(int)
}
