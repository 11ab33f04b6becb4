--TEST--
builtin types, self and duplicates cannot be part of an intersection
--FILE--
<?php
function f(A&int $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Type int cannot be part of an intersection type in %s on line 2
