--TEST--
An unclosed parenthesis before ; is an unexpected token
--FILE--
<?php
echo (1 + 2;
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
