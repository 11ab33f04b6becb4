--TEST--
?mixed is a compile-time error
--FILE--
<?php
function f(?mixed $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Type mixed cannot be marked as nullable since mixed already includes null in %s on line 2
