--TEST--
A binary literal with a 2 in it
--FILE--
<?php
$a = 0b102;
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected integer "2" in %s on line 2
