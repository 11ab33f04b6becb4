--TEST--
shutdown order follows the global symbol table backwards, not object creation order
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$c = null;
$b = null;
$a = null;
$a = new G("a (created first)");
$b = new G("b");
$c = new G("c (created last)");
echo "script end\n";
--EXPECT--
script end
dtor a (created first)
dtor b
dtor c (created last)
