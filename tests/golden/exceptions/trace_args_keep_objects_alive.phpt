--TEST--
objects passed as arguments stay alive while the exception (and its trace) is held
--FILE--
<?php
class Res {
    public function __destruct() { echo "Res destroyed\n"; }
}
function use_it(Res $r) { throw new Exception("fail"); }
function go() { use_it(new Res); }
try {
    go();
} catch (Exception $e) {
    echo "caught\n";
}
echo "exception still held\n";
unset($e);
echo "after unset\n";
--EXPECT--
caught
exception still held
Res destroyed
after unset
