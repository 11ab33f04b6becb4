--TEST--
an object released by unset in a catch block is destroyed before the catch body continues
--FILE--
<?php
class Guard {
    public function __construct(public $id) {}
    public function __destruct() { echo "guard {$this->id} released\n"; }
}
try {
    $g = new Guard(1);
    throw new Exception("x");
} catch (Exception $e) {
    echo "in catch\n";
    unset($g);
    echo "after unset\n";
}
function scoped() {
    $g = new Guard(2);
    try {
        throw new Exception("y");
    } finally {
        echo "finally with guard alive\n";
    }
}
try { scoped(); } catch (Exception $e) { echo "caught y\n"; }
--EXPECT--
in catch
guard 1 released
after unset
finally with guard alive
guard 2 released
caught y
