--TEST--
at script end globals holding the only reference to an object are destroyed in reverse order of definition
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$first = new G("first");
$second = new G("second");
$third = new G("third");
echo "script end\n";
--EXPECT--
script end
dtor third
dtor second
dtor first
