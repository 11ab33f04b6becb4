--TEST--
never in a union is a compile-time error
--FILE--
<?php
function f(): never|int {}
--EXITCODE--
255
--EXPECTF--
Fatal error: never can only be used as a standalone type in %s on line 2
