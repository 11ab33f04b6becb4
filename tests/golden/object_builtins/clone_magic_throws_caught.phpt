--TEST--
An exception thrown by __clone frees the copy before the catch runs; a temporary original goes first.
--FILE--
<?php
class Q {
    public function __clone() { echo "__clone #", spl_object_id($this), "\n"; throw new Exception('no copies'); }
    public function __destruct() { echo "destruct #", spl_object_id($this), "\n"; }
}
try {
    $q = clone new Q;
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
$keep = new Q;
try {
    $copy = clone $keep;
} catch (Exception $e) {
    echo "caught again\n";
}
echo "end\n";
--EXPECT--
__clone #2
destruct #1
destruct #2
caught: no copies
__clone #1
destruct #1
caught again
end
destruct #2
