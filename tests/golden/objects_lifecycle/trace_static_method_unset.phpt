--TEST--
a destructor run by unset() inside a static method shows Class::method in the trace
--FILE--
<?php
class D {
    public function __destruct() {
        echo (new Exception)->getTraceAsString(), "\n";
    }
}
class Factory {
    public static function build() {
        $d = new D;
        unset($d);
        return "built";
    }
}
echo Factory::build(), "\n";
--EXPECTF--
#0 %s(10): D->__destruct()
#1 %s(14): Factory::build()
#2 {main}
built
