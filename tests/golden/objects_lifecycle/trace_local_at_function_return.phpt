--TEST--
a destructor run by a local dying at function return sees a trace without the returning function
--FILE--
<?php
class Tracer {
    public function __destruct() {
        echo (new Exception)->getTraceAsString(), "\n";
    }
}
function outer() {
    inner();
    echo "outer continues\n";
}
function inner() {
    $t = new Tracer;
    echo "inner returning\n";
}
outer();
--EXPECTF--
inner returning
#0 %s(8): Tracer->__destruct()
#1 %s(15): outer()
#2 {main}
outer continues
