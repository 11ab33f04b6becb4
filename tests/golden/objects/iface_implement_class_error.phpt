--TEST--
Implementing a class (not an interface) is a fatal error.
--FILE--
<?php
class NotAnInterface {}
class B implements NotAnInterface {}
--EXITCODE--
255
--EXPECTF--
Fatal error: B cannot implement NotAnInterface - it is not an interface in %s on line 3
