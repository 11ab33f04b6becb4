--TEST--
a shutdown function registered by a destructor during the shutdown destructor phase never runs
--FILE--
<?php
class G {
    public function __destruct() {
        echo "destructor registers\n";
        register_shutdown_function(function () { echo "late shutdown function\n"; });
    }
}
$g = new G;
echo "script end\n";
--EXPECT--
script end
destructor registers
