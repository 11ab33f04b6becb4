--TEST--
A resurrected object alive at shutdown: no second destructor at the end
--FILE--
<?php
class N { public $s; function __destruct() { global $back; echo "~N\n"; $back = $this; } }
$a = new N; $a->s = $a;
unset($a);
echo gc_collect_cycles(), "\n";
echo "end\n";
--EXPECT--
~N
0
end
