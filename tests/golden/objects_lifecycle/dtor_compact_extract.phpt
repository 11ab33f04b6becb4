--TEST--
objects copied into an array by compact() survive unset of the variables until the array is freed
--FILE--
<?php
class K {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new K("a");
$b = new K("b");
$pack = compact('a', 'b');
unset($a, $b);
echo "vars unset\n";
$pack = null;
echo "pack freed\n";
--EXPECT--
vars unset
dtor a
dtor b
pack freed
