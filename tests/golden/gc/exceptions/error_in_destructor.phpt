--TEST--
An Error (undefined method) in a destructor during collection
--FILE--
<?php
class N { public $s; function __destruct() { echo "~N\n"; $this->nope(); } }
$a = new N; $a->s = $a;
unset($a);
try { gc_collect_cycles(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
Error: Call to undefined method N::nope()
0
