--TEST--
?null is a compile-time error
--FILE--
<?php
function f(?null $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: null cannot be marked as nullable in %s on line 2
