--TEST--
finally runs after a collection whose destructor threw
--FILE--
<?php
class N { public $s; function __destruct() { echo "~N\n"; throw new Exception("boom"); } }
$a = new N; $a->s = $a;
unset($a);
function run() {
    try { return gc_collect_cycles(); }
    finally { echo "finally\n"; }
}
try { run(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
--EXPECT--
~N
finally
caught boom
