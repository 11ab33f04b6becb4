--TEST--
set_exception_handler(null) resets to the default fatal error report
--FILE--
<?php
set_exception_handler(function ($e) { echo "custom\n"; });
set_exception_handler(null);
throw new Exception("default report");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Exception: default report in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
