--TEST--
Unterminated double-quoted string
--FILE--
<?php
echo "abc;
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected end of file, expecting variable or "${" or "{$" in %s on line 3
