--TEST--
?-> in a write context is a compile error
--FILE--
<?php
$a = null;
$x = &$a?->b;
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot take reference of a nullsafe chain in %s on line 3
