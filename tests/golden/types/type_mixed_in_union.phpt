--TEST--
mixed in a union is a compile-time error
--FILE--
<?php
function f(mixed|int $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Type mixed can only be used as a standalone type in %s on line 2
