--TEST--
exit's argument is an expression
--FILE--
<?php
$code = 2;
exit($code * 3);
--EXITCODE--
6
--EXPECT--
