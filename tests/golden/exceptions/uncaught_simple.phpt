--TEST--
an uncaught exception at top level prints a PHP Fatal error with the stack trace and exits 255
--FILE--
<?php
echo "before\n";
throw new RuntimeException("nobody catches me", 9);
echo "after\n";
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Uncaught RuntimeException: nobody catches me in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
