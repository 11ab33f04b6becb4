--TEST--
an exception thrown by a local's destructor at function return is caught around the call
--FILE--
<?php
class Bomb {
    public function __destruct() { echo "bomb destructor\n"; throw new RuntimeException("from local"); }
}
function f() {
    $b = new Bomb;
    echo "f returning\n";
    return "value";
}
try {
    $r = f();
    echo "not reached\n";
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
var_dump(isset($r));
--EXPECT--
f returning
bomb destructor
caught: from local
bool(false)
