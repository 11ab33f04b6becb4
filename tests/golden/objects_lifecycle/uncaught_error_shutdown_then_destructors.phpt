--TEST--
after an uncaught Error shutdown functions run, then destructors
--FILE--
<?php
class G {
    public function __destruct() { echo "destructor\n"; }
}
$g = new G;
register_shutdown_function(function () { echo "shutdown function runs\n"; });
nope();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Call to undefined function nope() in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
shutdown function runs
destructor
