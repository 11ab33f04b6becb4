--TEST--
a destructor of an argument dying at the callee's return shows the caller's line
--FILE--
<?php
class D {
    public function __destruct() {
        echo (new Exception)->getTraceAsString(), "\n";
    }
}
function consume(D $d) {
    echo "consuming\n";
}
function driver() {
    consume(new D);
    echo "driver continues\n";
}
driver();
--EXPECTF--
consuming
#0 %s(11): D->__destruct()
#1 %s(14): driver()
#2 {main}
driver continues
