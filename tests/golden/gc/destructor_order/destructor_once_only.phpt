--TEST--
A destructor called by hand is still called by the collector (a manual call does not mark the object destructed)
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
