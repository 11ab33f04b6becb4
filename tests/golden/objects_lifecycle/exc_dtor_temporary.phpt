--TEST--
an exception from a temporary's destructor is caught around the statement that created it
--FILE--
<?php
class Bomb {
    public function __construct() { echo "ctor\n"; }
    public function __destruct() { echo "dtor\n"; throw new Exception("temp"); }
    public function m() { echo "method\n"; return 1; }
}
try {
    $x = (new Bomb)->m();
    echo "not reached\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
var_dump(isset($x));
--EXPECT--
ctor
method
dtor
caught: temp
bool(false)
