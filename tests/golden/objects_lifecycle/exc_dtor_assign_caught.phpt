--TEST--
an exception from the old object's destructor during reassignment leaves the new value assigned
--FILE--
<?php
class Bomb {
    public function __construct(public string $n) { echo "ctor {$this->n}\n"; }
    public function __destruct() {
        echo "dtor {$this->n}\n";
        if ($this->n === "old") { throw new Exception("old refused"); }
    }
}
$v = new Bomb("old");
try {
    $v = new Bomb("new");
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
echo "v holds {$v->n}\n";
--EXPECT--
ctor old
ctor new
dtor old
caught: old refused
v holds new
dtor new
