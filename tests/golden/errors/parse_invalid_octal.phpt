--TEST--
Invalid numeric literal: 8 or 9 in an octal literal
--FILE--
<?php
$a = 09;
--EXITCODE--
255
--EXPECTF--
Parse error: Invalid numeric literal in %s on line 2
