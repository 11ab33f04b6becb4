--TEST--
Reading an undefined property is a warning and yields null.
--FILE--
<?php
class A {
    public $x = 1;
}
$a = new A;
var_dump($a->nope);
echo "still running\n";
--EXPECTF--
Warning: Undefined property: A::$nope in %s on line 6
NULL
still running
