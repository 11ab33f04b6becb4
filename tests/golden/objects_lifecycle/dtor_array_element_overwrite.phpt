--TEST--
overwriting an array element holding an object destroys the old element after the new one is constructed
--FILE--
<?php
class Slot {
    public function __construct(public string $n) { echo "ctor {$this->n}\n"; }
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$slots = ["a" => new Slot("old")];
$slots["a"] = new Slot("new");
echo "overwritten\n";
unset($slots["a"]);
echo "unset element\n";
--EXPECT--
ctor old
ctor new
dtor old
overwritten
dtor new
unset element
