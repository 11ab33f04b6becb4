--TEST--
locals of frames unwound by an exception are destroyed before the catch block runs, innermost frame first
--FILE--
<?php
class Guard {
    public function __construct(public string $n) {}
    public function __destruct() { echo "release {$this->n}\n"; }
}
function inner() {
    $g = new Guard("inner");
    throw new Exception("fail");
}
function middle() {
    $g = new Guard("middle");
    inner();
    echo "not reached\n";
}
try {
    $top = new Guard("top");
    middle();
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
echo "end\n";
--EXPECT--
release inner
release middle
caught fail
end
release top
