--TEST--
a destructor that frees another object shows both destructors in the inner trace
--FILE--
<?php
class Inner {
    public function __destruct() {
        echo (new Exception)->getTraceAsString(), "\n";
    }
}
class Outer {
    public $in;
    public function __construct() { $this->in = new Inner; }
    public function __destruct() {
        echo "outer dtor\n";
        $this->in = null;
    }
}
$o = new Outer;
unset($o);
--EXPECTF--
outer dtor
#0 %s(12): Inner->__destruct()
#1 %s(16): Outer->__destruct()
#2 {main}
