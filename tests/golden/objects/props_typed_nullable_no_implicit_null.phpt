--TEST--
A nullable typed property without a default is still uninitialized, not null.
--FILE--
<?php
class A {
    public ?string $name;
    public ?string $withDefault = null;
}
$a = new A;
var_dump($a->withDefault);
try {
    var_dump($a->name);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump($a);
--EXPECT--
NULL
Typed property A::$name must not be accessed before initialization
object(A)#1 (1) {
  ["name"]=>
  uninitialized(?string)
  ["withDefault"]=>
  NULL
}
