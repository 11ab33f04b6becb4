--TEST--
get_object_vars returns only the properties visible from the calling scope.
--FILE--
<?php
#[AllowDynamicProperties]
class A {
    public $pub = 1;
    protected $prot = 2;
    private $priv = 3;
    public function inside() { return get_object_vars($this); }
}
class B extends A {
    private $own = 4;
    public function fromChild() { return get_object_vars($this); }
}
$b = new B;
$b->dyn = 5;
echo "outside: ", json_encode(get_object_vars($b)), "\n";
echo "in A: ", json_encode($b->inside()), "\n";
echo "in B: ", json_encode($b->fromChild()), "\n";
--EXPECT--
outside: {"pub":1,"dyn":5}
in A: {"pub":1,"prot":2,"priv":3,"dyn":5}
in B: {"pub":1,"prot":2,"own":4,"dyn":5}
