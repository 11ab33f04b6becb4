--TEST--
array elements are destroyed in insertion order, not in key order
--FILE--
<?php
class E {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$m = [];
$m[5] = new E("five");
$m[1] = new E("one");
$m["z"] = new E("zed");
$m[3] = new E("three");
$m = null;
echo "cleared\n";
--EXPECT--
dtor five
dtor one
dtor zed
dtor three
cleared
