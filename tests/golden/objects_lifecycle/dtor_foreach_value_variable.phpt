--TEST--
the foreach value variable keeps the last element alive after the array is freed
--FILE--
<?php
class F {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
function makeList() { return [new F("x"), new F("y")]; }
foreach (makeList() as $item) {
    echo "item {$item->n}\n";
}
echo "after loop\n";
$item = null;
echo "end\n";
--EXPECT--
item x
item y
dtor x
after loop
dtor y
end
