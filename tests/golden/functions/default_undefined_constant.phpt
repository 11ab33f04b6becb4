--TEST--
An unknown constant in a default throws when the default is used (miniphp rejected it at compile time)
--FILE--
<?php
function f($a, $p = UNDEFINED_THING) {
    var_dump($p);
}
f(1, 2);
f(1);
--EXITCODE--
255
--EXPECTF--
int(2)

Fatal error: Uncaught Error: Undefined constant "UNDEFINED_THING" in %s:2
Stack trace:
#0 %s(6): f(1)
#1 {main}
  thrown in %s on line 2
