--TEST--
a variadic parameter cannot have a default
--FILE--
<?php
function f(...$r = []) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Variadic parameter cannot have a default value in %s on line 2
