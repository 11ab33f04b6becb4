--TEST--
a type repeated in a union is a compile-time error
--FILE--
<?php
function f(int|string|INT $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Duplicate type int is redundant in %s on line 2
