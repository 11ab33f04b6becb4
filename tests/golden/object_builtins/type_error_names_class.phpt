--TEST--
TypeErrors and other messages name an object by its class.
--FILE--
<?php
class Thing {}
echo strlen(new Thing);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: strlen(): Argument #1 ($string) must be of type string, Thing given in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
