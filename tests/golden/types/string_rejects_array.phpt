--TEST--
string parameter: an array is a TypeError
--FILE--
<?php
function greet(string $name) { echo "Hello $name\n"; }
greet("Ann");
greet(["Bob"]);
--EXITCODE--
255
--EXPECTF--
Hello Ann

Fatal error: Uncaught TypeError: greet(): Argument #1 ($name) must be of type string, array given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): greet(Array)
#1 {main}
  thrown in %s on line 2
