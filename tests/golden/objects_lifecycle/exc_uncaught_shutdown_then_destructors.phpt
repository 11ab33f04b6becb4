--TEST--
after an uncaught exception shutdown functions run first, then global destructors
--FILE--
<?php
class G {
    public function __destruct() { echo "destructor\n"; }
}
$g = new G;
register_shutdown_function(function () { echo "shutdown function\n"; });
throw new Exception("oops");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Exception: oops in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
shutdown function
destructor
