--TEST--
a real fatal error in a destructor during shutdown stops the remaining destructors
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
class Broken {
    public function __destruct() { echo "broken dtor\n"; trigger_error("late fatal", E_USER_ERROR); }
}
$a = new G("a");
$x = new Broken;
$b = new G("b");
echo "script end\n";
--EXITCODE--
255
--EXPECTF--
script end
dtor b
broken dtor

Fatal error: late fatal in %s on line 7
