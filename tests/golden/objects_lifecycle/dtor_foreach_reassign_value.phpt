--TEST--
overwriting the foreach value variable with a new object does not destroy the array's element
--FILE--
<?php
class F {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$arr = [new F("1"), new F("2")];
foreach ($arr as $v) {
    $v = new F("tmp" . $v->n);
    echo "replaced with {$v->n}\n";
}
echo "loop done\n";
$arr = null;
echo "array cleared\n";
--EXPECT--
replaced with tmp1
dtor tmp1
replaced with tmp2
loop done
dtor 1
dtor 2
array cleared
dtor tmp2
