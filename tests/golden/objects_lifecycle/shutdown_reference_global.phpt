--TEST--
a global that is a PHP reference is not freed by the reverse walk; its object dies in handle order
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$ref = new G("referenced");
$r = &$ref;
unset($r);
$plain = new G("plain");
echo "script end\n";
--EXPECT--
script end
dtor plain
dtor referenced
