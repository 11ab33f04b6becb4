--TEST--
two intersections of the same classes
--FILE--
<?php
function f((A&B)|(B&A) $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Type B&A is redundant with type A&B in %s on line 2
