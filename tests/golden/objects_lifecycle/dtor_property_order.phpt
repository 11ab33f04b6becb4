--TEST--
objects in several properties are destroyed in property declaration order when the owner dies
--FILE--
<?php
class Part {
    public function __construct(public string $n) {}
    public function __destruct() { echo "part {$this->n}\n"; }
}
class Machine {
    public $z;
    public $a;
    public $m;
    public function __construct() {
        $this->m = new Part("m");
        $this->a = new Part("a");
        $this->z = new Part("z");
    }
    public function __destruct() { echo "machine\n"; }
}
$x = new Machine;
$x = null;
echo "end\n";
--EXPECT--
machine
part z
part a
part m
end
