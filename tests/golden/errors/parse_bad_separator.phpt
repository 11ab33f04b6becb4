--TEST--
A doubled underscore in a number is not a separator
--FILE--
<?php
$a = 1__000;
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected identifier "__000" in %s on line 2
