--TEST--
an exception unwinding several frames releases each frame's locals, so destructors run before the catch body
--FILE--
<?php
class Tracker {
    public function __construct(public string $name) { echo "make {$this->name}\n"; }
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
function level3() {
    $c = new Tracker("c");
    throw new Exception("deep");
}
function level2() {
    $b = new Tracker("b");
    level3();
}
function level1() {
    $a = new Tracker("a");
    level2();
    echo "not reached\n";
}
try {
    level1();
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
echo "end\n";
--EXPECT--
make a
make b
make c
destroy c
destroy b
destroy a
caught deep
end
