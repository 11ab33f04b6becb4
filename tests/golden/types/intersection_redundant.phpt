--TEST--
an intersection made redundant by a class of the union
--FILE--
<?php
function f((A&B)|A $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Type A&B is redundant as it is more restrictive than type A in %s on line 2
