--TEST--
?-> in a write context is a compile error
--FILE--
<?php
$a = null;
[$a?->b] = [1];
--EXITCODE--
255
--EXPECTF--
Fatal error: Assignments can only happen to writable values in %s on line 3
