--TEST--
A match with two default arms is a compile error
--FILE--
<?php
echo match(1) { default => 1, default => 2 };
--EXITCODE--
255
--EXPECTF--
Fatal error: Match expressions may only contain one default arm in %s on line 2
