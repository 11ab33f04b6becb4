--TEST--
locals of an unwound frame are destroyed in slot order like a normal return
--FILE--
<?php
class Guard {
    public function __construct(public string $n) {}
    public function __destruct() { echo "release {$this->n}\n"; }
}
function f($param) {
    $x = new Guard("x");
    $y = new Guard("y");
    throw new Exception("e");
}
try {
    f(new Guard("param"));
} catch (Exception $e) {
    echo "caught\n";
}
--EXPECT--
release x
release y
caught
release param
