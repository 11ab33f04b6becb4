--TEST--
a destructor run by '= null' inside a function sees that function with its arguments in the trace
--FILE--
<?php
class D {
    public function __destruct() {
        echo (new Exception)->getTraceAsString(), "\n";
    }
}
function clear(int $n, string $s) {
    $d = new D;
    $d = null;
    echo "cleared\n";
}
clear(3, "abc");
--EXPECTF--
#0 %s(9): D->__destruct()
#1 %s(12): clear(3, 'abc')
#2 {main}
cleared
