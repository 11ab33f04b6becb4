--TEST--
The exit status is taken modulo 256
--FILE--
<?php
exit(258);
--EXITCODE--
2
--EXPECT--
