--TEST--
A destructor already called by hand still runs once during collection; called at most once per object by the engine
--FILE--
<?php
class N { public $s; function __destruct() { echo "destruct\n"; } }
$a = new N; $a->s = $a;
$a->__destruct();
unset($a);
echo gc_collect_cycles(), "\n";
echo "end\n";
--EXPECT--
destruct
destruct
1
end
