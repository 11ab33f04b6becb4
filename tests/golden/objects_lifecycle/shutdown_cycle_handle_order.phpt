--TEST--
objects in a reference cycle survive until shutdown and are then destroyed in handle order
--FILE--
<?php
class N {
    public $peer;
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$x = new N("x");
$y = new N("y");
$x->peer = $y;
$y->peer = $x;
unset($x, $y);
echo "cycle unreachable\n";
$z = new N("z");
echo "script end\n";
--EXPECT--
cycle unreachable
script end
dtor z
dtor x
dtor y
