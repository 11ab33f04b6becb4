--TEST--
never: returning is a compile-time error
--FILE--
<?php
function f(): never { return; }
--EXITCODE--
255
--EXPECTF--
Fatal error: A never-returning function must not return in %s on line 2
