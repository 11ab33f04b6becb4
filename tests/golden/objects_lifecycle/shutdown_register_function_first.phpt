--TEST--
register_shutdown_function callbacks run before any global object's destructor
--FILE--
<?php
class G {
    public function __destruct() { echo "destructor\n"; }
}
$g = new G;
register_shutdown_function(function () { echo "shutdown function 1\n"; });
register_shutdown_function(function () { echo "shutdown function 2\n"; });
echo "script end\n";
--EXPECT--
script end
shutdown function 1
shutdown function 2
destructor
