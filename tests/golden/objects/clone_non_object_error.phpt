--TEST--
Cloning a non-object is an Error.
--FILE--
<?php
$x = [1, 2];
try {
    $y = clone $x;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$n = null;
clone $n;
--EXITCODE--
255
--EXPECTF--
__clone method called on non-object

Fatal error: Uncaught Error: __clone method called on non-object in %s:9
Stack trace:
#0 {main}
  thrown in %s on line 9
