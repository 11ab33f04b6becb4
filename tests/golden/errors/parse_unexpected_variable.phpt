--TEST--
Parse error naming an unexpected variable
--FILE--
<?php
echo $a $b;
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected variable "$b", expecting "," or ";" in %s on line 2
