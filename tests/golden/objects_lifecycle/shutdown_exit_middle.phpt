--TEST--
exit() in the middle of the script stops it but global destructors still run
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new G("a");
$b = new G("b");
echo "exiting\n";
exit();
echo "never printed\n";
$c = new G("c");
--EXPECT--
exiting
dtor b
dtor a
