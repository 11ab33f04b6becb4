--TEST--
Parse error naming an unexpected string literal
--FILE--
<?php
$a = "x" "y";
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected double-quoted string "y" in %s on line 2
