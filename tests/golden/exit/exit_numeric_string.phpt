--TEST--
exit("3") prints "3"; only an int is a status
--FILE--
<?php
exit("3");
--EXPECT--
3
