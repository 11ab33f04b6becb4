--TEST--
an uncaught Error inside a destructor run by unset() ends the script but the other globals are still destroyed
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
class Broken {
    public function __destruct() { echo "broken dtor\n"; not_defined(); }
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

Fatal error: Uncaught Error: Call to undefined function not_defined() in %s:7
Stack trace:
#0 %s(12): Broken->__destruct()
#1 {main}
  thrown in %s on line 7
dtor b
dtor a
