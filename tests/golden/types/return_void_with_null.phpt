--TEST--
return null; in a void function: the compile-time error suggests return;
--FILE--
<?php
function f(): void { return null; }
--EXITCODE--
255
--EXPECTF--
Fatal error: A void function must not return a value (did you mean "return;" instead of "return null;"?) in %s on line 2
