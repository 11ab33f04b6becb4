--TEST--
an exception thrown by a destructor during unwinding is chained and caught by the nearest handler
--FILE--
<?php
class Bomb {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; throw new Exception("dtor {$this->n}"); }
}
function inner() {
    $b = new Bomb("inner");
    throw new Exception("first");
}
function outer() {
    try {
        inner();
    } catch (Exception $e) {
        echo "outer caught: ", $e->getMessage(), " <- ", $e->getPrevious()->getMessage(), "\n";
    }
    echo "outer continues\n";
}
outer();
echo "end\n";
--EXPECT--
dtor inner
outer caught: dtor inner <- first
outer continues
end
