--TEST--
Instantiating an abstract class is an Error.
--FILE--
<?php
abstract class Shape {
    abstract public function area();
}
try {
    new Shape;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$s = new Shape;
--EXITCODE--
255
--EXPECTF--
Cannot instantiate abstract class Shape

Fatal error: Uncaught Error: Cannot instantiate abstract class Shape in %s:10
Stack trace:
#0 {main}
  thrown in %s on line 10
