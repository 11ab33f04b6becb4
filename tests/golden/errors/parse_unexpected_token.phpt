--TEST--
Parse error: unexpected token without an expectation
--FILE--
<?php
$a = ;
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
