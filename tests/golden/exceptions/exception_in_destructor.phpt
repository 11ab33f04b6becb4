--TEST--
an exception thrown from a destructor triggered by unset is catchable at that point
--FILE--
<?php
class Fragile {
    public function __destruct() {
        echo "destructing\n";
        throw new RuntimeException("from destructor");
    }
}
$f = new Fragile;
try {
    unset($f);
    echo "not reached\n";
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
echo "end\n";
--EXPECT--
destructing
caught: from destructor
end
