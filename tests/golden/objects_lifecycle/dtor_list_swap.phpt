--TEST--
swapping two objects with list() destroys nothing
--FILE--
<?php
class S {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$x = new S("x");
$y = new S("y");
[$x, $y] = [$y, $x];
echo "x={$x->n} y={$y->n}\n";
$x = null;
echo "x cleared\n";
--EXPECT--
x=y y=x
dtor y
x cleared
dtor x
