--TEST--
else without if
--FILE--
<?php
else { echo 1; }
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected token "else", expecting end of file in %s on line 2
