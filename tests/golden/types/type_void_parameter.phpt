--TEST--
void is no parameter type
--FILE--
<?php
function f(void $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: void cannot be used as a parameter type in %s on line 2
