--TEST--
exit() inside a shutdown function skips later shutdown functions but destructors still run
--FILE--
<?php
class G { public function __destruct() { echo "destructor\n"; } }
$g = new G;
register_shutdown_function(function () { echo "first, exiting\n"; exit(); echo "not here\n"; });
register_shutdown_function(function () { echo "second\n"; });
echo "script end\n";
--EXPECT--
script end
first, exiting
destructor
