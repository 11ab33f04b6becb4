--TEST--
unset() of an object property destroys the held object
--FILE--
<?php
class Wheel {
    public function __destruct() { echo "wheel destroyed\n"; }
}
class Cart {
    public $wheel;
    public function __construct() { $this->wheel = new Wheel; }
    public function __destruct() { echo "cart destroyed\n"; }
}
$c = new Cart;
unset($c->wheel);
echo "wheel unset\n";
var_dump(isset($c->wheel));
--EXPECT--
wheel destroyed
wheel unset
bool(false)
cart destroyed
