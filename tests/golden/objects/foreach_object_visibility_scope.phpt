--TEST--
foreach over an object iterates only properties visible from the current scope.
--FILE--
<?php
class A {
    public $a = 1;
    protected $b = 2;
    private $c = 3;
    public function iterate() {
        foreach ($this as $k => $v) echo "  $k => $v\n";
    }
}
class B extends A {
    public function iterateChild() {
        foreach ($this as $k => $v) echo "  $k => $v\n";
    }
}
$b = new B;
echo "outside:\n";
foreach ($b as $k => $v) echo "  $k => $v\n";
echo "in A:\n";
$b->iterate();
echo "in B:\n";
$b->iterateChild();
--EXPECT--
outside:
  a => 1
in A:
  a => 1
  b => 2
  c => 3
in B:
  a => 1
  b => 2
