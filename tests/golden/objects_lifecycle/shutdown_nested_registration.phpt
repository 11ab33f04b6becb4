--TEST--
a shutdown function registered from another shutdown function also runs, before destructors
--FILE--
<?php
class G { public function __destruct() { echo "destructor\n"; } }
$g = new G;
register_shutdown_function(function () {
    echo "first\n";
    register_shutdown_function(function () { echo "registered late\n"; });
});
register_shutdown_function(function () { echo "second\n"; });
echo "script end\n";
--EXPECT--
script end
first
second
registered late
destructor
