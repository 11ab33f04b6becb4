--TEST--
a shutdown function registered from a destructor during the script runs at shutdown
--FILE--
<?php
class G {
    public function __destruct() {
        echo "destructor registers\n";
        register_shutdown_function(function () { echo "shutdown function\n"; });
    }
}
$g = new G;
unset($g);
echo "script end\n";
--EXPECT--
destructor registers
script end
shutdown function
