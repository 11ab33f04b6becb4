--TEST--
spl_object_hash() of a string is a TypeError.
--FILE--
<?php
var_dump(spl_object_hash('stdClass'));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: spl_object_hash(): Argument #1 ($object) must be of type object, string given in %s:2
Stack trace:
#0 %s(2): spl_object_hash('stdClass')
#1 {main}
  thrown in %s on line 2
