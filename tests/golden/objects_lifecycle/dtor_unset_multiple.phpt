--TEST--
unset() with several arguments destroys in argument order
--FILE--
<?php
class U {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new U("a");
$b = new U("b");
$c = new U("c");
unset($c, $a, $b);
echo "end\n";
--EXPECT--
dtor c
dtor a
dtor b
end
