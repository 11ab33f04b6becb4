--TEST--
A cloned object keeps the readonly values and they cannot be changed in the clone either.
--FILE--
<?php
class P {
    public function __construct(public readonly int $x, public readonly int $y) {}
    public function withX(int $x) {
        $c = clone $this;
        try {
            $c->x = $x;
        } catch (Error $e) {
            echo $e->getMessage(), "\n";
        }
        return $c;
    }
}
$p = new P(1, 2);
$q = $p->withX(5);
var_dump($q);
--EXPECT--
Cannot modify readonly property P::$x
object(P)#2 (2) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
}
