--TEST--
Parse error: unexpected token, with what was expected
--FILE--
<?php
echo "never";
echo 1 2;
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected integer "2", expecting "," or ";" in %s on line 3
