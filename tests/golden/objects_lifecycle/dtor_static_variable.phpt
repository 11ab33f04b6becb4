--TEST--
an object stored in a function's static variable survives calls and dies only at shutdown
--FILE--
<?php
class Cache {
    public function __construct() { echo "cache created\n"; }
    public function __destruct() { echo "cache destroyed\n"; }
}
function cache() {
    static $c = null;
    if ($c === null) { $c = new Cache; }
    return $c;
}
cache();
cache();
echo "calls done\n";
--EXPECT--
cache created
calls done
cache destroyed
