--TEST--
an array default for a class-typed parameter is a compile-time error
--FILE--
<?php
function f(stdClass $x = []) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use array as default value for parameter $x of type stdClass in %s on line 2
