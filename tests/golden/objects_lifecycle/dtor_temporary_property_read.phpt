--TEST--
reading a property of a temporary object destroys it after the read and before the echo
--FILE--
<?php
class Holder {
    public string $value = "v";
    public function __construct() { echo "ctor\n"; }
    public function __destruct() { echo "dtor\n"; }
}
echo "value: ", (new Holder)->value, "\n";
$x = (new Holder)->value . "!";
echo "x = $x\n";
--EXPECT--
value: ctor
dtor
v
ctor
dtor
x = v!
