--TEST--
implementing a class that is not an interface is a fatal error
--FILE--
<?php
class D {}
class E implements D {}
--EXITCODE--
255
--EXPECTF--
Fatal error: E cannot implement D - it is not an interface in %s on line 3
