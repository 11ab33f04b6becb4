--TEST--
a destructor of a closure's local dying at return shows the closure's caller, not the closure
--FILE--
<?php
class D {
    public function __destruct() {
        echo (new Exception)->getTraceAsString(), "\n";
    }
}
$fn = function () {
    $d = new D;
    echo "closure returning\n";
};
function call($f) { $f(); }
call($fn);
--EXPECTF--
closure returning
#0 %s(11): D->__destruct()
#1 %s(12): call(Object(Closure))
#2 {main}
