--TEST--
Parse error naming an unexpected identifier
--FILE--
<?php
$a = 5 foo;
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected identifier "foo" in %s on line 2
