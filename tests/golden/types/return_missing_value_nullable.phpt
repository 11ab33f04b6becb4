--TEST--
return; in a function with a nullable return type: the error suggests return null;
--FILE--
<?php
function f(): ?int { return; }
--EXITCODE--
255
--EXPECTF--
Fatal error: A function with return type must return a value (did you mean "return null;" instead of "return;"?) in %s on line 2
