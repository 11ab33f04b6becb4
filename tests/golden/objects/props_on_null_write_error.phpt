--TEST--
Assigning a property on null is an Error.
--FILE--
<?php
$n = null;
try {
    $n->x = 1;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$n->y = 2;
--EXITCODE--
255
--EXPECTF--
Error: Attempt to assign property "x" on null

Fatal error: Uncaught Error: Attempt to assign property "y" on null in %s:8
Stack trace:
#0 {main}
  thrown in %s on line 8
