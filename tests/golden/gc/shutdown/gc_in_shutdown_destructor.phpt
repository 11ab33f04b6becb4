--TEST--
gc_collect_cycles() called from a destructor running in the global shutdown pass
--FILE--
<?php
class Collector { function __destruct() { echo "collector: ", gc_collect_cycles(), "\n"; } }
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
$a = new N('cyc'); $a->o = $a; unset($a);
$c = new Collector;
echo "end\n";
--EXPECT--
end
collector: ~cyc
1
