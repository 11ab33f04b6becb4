--TEST--
Comparison operators are non-associative
--FILE--
<?php
var_dump(1 < 2 < 3);
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected token "<" in %s on line 2
