--TEST--
a destructor of a 'new' statement temporary sees the enclosing function in the trace
--FILE--
<?php
class D {
    public function __destruct() {
        echo (new Exception)->getTraceAsString(), "\n";
    }
}
function f() {
    new D;
    echo "after temporary\n";
}
f();
--EXPECTF--
#0 %s(8): D->__destruct()
#1 %s(11): f()
#2 {main}
after temporary
