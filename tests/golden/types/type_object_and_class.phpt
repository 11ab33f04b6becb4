--TEST--
object|A is redundant: a compile-time error
--FILE--
<?php
function f(object|A $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Type A|object contains both object and a class type, which is redundant in %s on line 2
