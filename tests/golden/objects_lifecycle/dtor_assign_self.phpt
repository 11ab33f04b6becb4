--TEST--
assigning a variable to itself, or the same object from another variable, does not destruct anything
--FILE--
<?php
class Key {
    public function __construct(public string $k) { echo "make {$this->k}\n"; }
    public function __destruct() { echo "drop {$this->k}\n"; }
}
$a = new Key("A");
$a = $a;
echo "self-assigned\n";
$b = $a;
$a = $b;
echo "cross-assigned\n";
$a = null;
echo "a cleared\n";
$b = null;
echo "b cleared\n";
--EXPECT--
make A
self-assigned
cross-assigned
a cleared
drop A
b cleared
