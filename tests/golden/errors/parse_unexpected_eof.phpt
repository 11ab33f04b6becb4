--TEST--
Parse error: unexpected end of file
--FILE--
<?php
echo 1 +
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected end of file in %s on line 3
