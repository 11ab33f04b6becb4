--TEST--
a destructor run by unset() at top level has only itself and {main} in the trace
--FILE--
<?php
class D {
    public function __destruct() {
        echo (new Exception)->getTraceAsString(), "\n";
    }
}
$d = new D;
unset($d);
echo "end\n";
--EXPECTF--
#0 %s(8): D->__destruct()
#1 {main}
end
