--TEST--
a real fatal error inside a destructor run by unset() stops every other destructor
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
class Broken {
    public function __destruct() { echo "broken dtor\n"; trigger_error("in destructor", E_USER_ERROR); echo "never\n"; }
}
$a = new G("a");
$x = new Broken;
$b = new G("b");
unset($x);
echo "never\n";
--EXITCODE--
255
--EXPECTF--
broken dtor

Fatal error: in destructor in %s on line 7
