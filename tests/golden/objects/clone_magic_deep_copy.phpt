--TEST--
__clone runs on the copy and can deep-copy nested objects.
--FILE--
<?php
class Inner { public $v = 1; }
class Outer {
    public $obj;
    public $id = 1;
    public function __construct() { $this->obj = new Inner; }
    public function __clone() {
        echo "__clone called, id=$this->id\n";
        $this->obj = clone $this->obj;
        $this->id++;
    }
}
$a = new Outer;
$b = clone $a;
$b->obj->v = 42;
echo $a->obj->v, " ", $b->obj->v, "\n";
echo $a->id, " ", $b->id, "\n";
--EXPECT--
__clone called, id=1
1 42
1 2
