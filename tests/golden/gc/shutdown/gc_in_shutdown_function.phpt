--TEST--
gc_collect_cycles() from a shutdown function collects cycles before the destructor passes
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
register_shutdown_function(function () { echo "shutdown: ", gc_collect_cycles(), "\n"; });
$a = new N('a'); $a->o = $a; unset($a);
$live = new N('live');
echo "end\n";
--EXPECT--
end
shutdown: ~a
1
~live
