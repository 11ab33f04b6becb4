--TEST--
a destructor throwing while another exception unwinds its frame chains the earlier one as previous
--FILE--
<?php
class Bomb {
    public function __destruct() { throw new Exception("from destructor"); }
}
function f() {
    $b = new Bomb;
    throw new Exception("original");
}
try {
    f();
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
    $p = $e->getPrevious();
    echo "previous: ", $p ? $p->getMessage() : "none", "\n";
}
--EXPECT--
caught: from destructor
previous: original
