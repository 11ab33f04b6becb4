--TEST--
finally blocks run after an exception from a destructor during unset
--FILE--
<?php
class Bomb {
    public function __destruct() { echo "dtor\n"; throw new Exception("x"); }
}
function f() {
    $b = new Bomb;
    try {
        unset($b);
    } finally {
        echo "finally\n";
    }
}
try {
    f();
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
--EXPECT--
dtor
finally
caught x
