--TEST--
a real fatal error in a shutdown function skips later shutdown functions and all destructors
--FILE--
<?php
class G {
    public function __destruct() { echo "destructor\n"; }
}
$g = new G;
register_shutdown_function(function () { echo "first\n"; trigger_error("fatal in shutdown", E_USER_ERROR); });
register_shutdown_function(function () { echo "second\n"; });
echo "script end\n";
--EXITCODE--
255
--EXPECTF--
script end
first

Fatal error: fatal in shutdown in %s on line 6
