--TEST--
an uncaught Error from an undefined method ends the script; objects already destroyed stay destroyed, the rest die at shutdown
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new G("a");
$b = new G("b");
unset($a);
echo "a gone\n";
$obj = new G("c");
$obj->nothing();
--EXITCODE--
255
--EXPECTF--
dtor a
a gone

Fatal error: Uncaught Error: Call to undefined method G::nothing() in %s:11
Stack trace:
#0 {main}
  thrown in %s on line 11
dtor c
dtor b
