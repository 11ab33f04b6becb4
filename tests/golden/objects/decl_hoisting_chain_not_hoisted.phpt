--TEST--
A class whose parent chain is declared later in the file fails at its own declaration with "Class not found" for the missing parent.
--FILE--
<?php
var_dump(class_exists('C'));
class C extends B {}
class B extends A {}
class A {}
var_dump(class_exists('C'));
--EXITCODE--
255
--EXPECTF--
bool(false)

Fatal error: Uncaught Error: Class "B" not found in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
