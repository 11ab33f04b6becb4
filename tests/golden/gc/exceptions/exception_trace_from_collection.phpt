--TEST--
The trace of an exception thrown by a destructor run by gc_collect_cycles() inside a function
--FILE--
<?php
class N { public $s; function __destruct() { throw new Exception("x"); } }
function collect() { return gc_collect_cycles(); }
$a = new N; $a->s = $a;
unset($a);
try { collect(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; echo $e->getLine(), "\n"; }
--EXPECTF--
#0 [internal function]: N->__destruct()
#1 %s(3): gc_collect_cycles()
#2 %s(6): collect()
#3 {main}
2
