--TEST--
after a real fatal error shutdown functions still run but no destructor does
--FILE--
<?php
class G {
    public function __destruct() { echo "destructor\n"; }
}
$g = new G;
register_shutdown_function(function () {
    global $g;
    echo "shutdown function sees ", get_class($g), "\n";
});
trigger_error("fatal", E_USER_ERROR);
--EXITCODE--
255
--EXPECTF--
Fatal error: fatal in %s on line 10
shutdown function sees G
