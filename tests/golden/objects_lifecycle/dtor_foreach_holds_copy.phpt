--TEST--
foreach by value holds its own copy of the array, so unsetting the array inside the loop destroys nothing until the loop ends
--FILE--
<?php
class F {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$arr = [new F("a"), new F("b"), new F("c")];
foreach ($arr as $k => $v) {
    if ($k === 0) { unset($arr); echo "array unset\n"; }
    echo "visit {$v->n}\n";
}
echo "loop over, v still holds {$v->n}\n";
unset($v);
echo "end\n";
--EXPECT--
array unset
visit a
visit b
visit c
dtor a
dtor b
loop over, v still holds c
dtor c
end
