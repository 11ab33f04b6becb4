--TEST--
self cannot be part of an intersection type
--FILE--
<?php
class K { function f(A&self $x) {} }
--EXITCODE--
255
--EXPECTF--
Fatal error: Type self cannot be part of an intersection type in %s on line 2
