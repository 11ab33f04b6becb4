--TEST--
objects freed inside another object's destructor release their handles before the outer one
--FILE--
<?php
class Child { public function __destruct() { echo "child ", spl_object_id($this), " dies\n"; } }
class Parent_ {
    public $kids = [];
    public function __construct() { $this->kids[] = new Child; $this->kids[] = new Child; }
    public function __destruct() {
        echo "parent ", spl_object_id($this), " dies\n";
        $this->kids = [];
        echo "kids released\n";
    }
}
$p = new Parent_;
unset($p);
$a = new Child; $b = new Child; $c = new Child;
echo spl_object_id($a), " ", spl_object_id($b), " ", spl_object_id($c), "\n";
$a = $b = $c = null;
echo "end\n";
--EXPECT--
parent 1 dies
child 2 dies
child 3 dies
kids released
1 3 2
child 2 dies
child 3 dies
child 1 dies
end
