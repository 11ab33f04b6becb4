--TEST--
foreach by reference leaves the last element a reference; storing the object in it makes a cycle the collector frees
--FILE--
<?php
class N { public $list = []; function __destruct() { echo "~N\n"; } }
$n = new N;
$n->list = [1, 2, 3];
foreach ($n->list as &$v) { }
$v = $n;
unset($v, $n);
echo gc_collect_cycles(), "\n";
echo "end\n";
--EXPECT--
~N
2
end
