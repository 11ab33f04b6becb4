--TEST--
assigning a new object to a variable constructs the new one first, stores it, then destroys the old one
--FILE--
<?php
class Box {
    public function __construct(public int $id) { echo "ctor {$this->id}\n"; }
    public function __destruct() { echo "dtor {$this->id}\n"; }
}
$v = new Box(1);
echo "reassign\n";
$v = new Box(2);
echo "after reassign, v holds {$v->id}\n";
$v = new Box(3);
echo "end\n";
--EXPECT--
ctor 1
reassign
ctor 2
dtor 1
after reassign, v holds 2
ctor 3
dtor 2
end
dtor 3
