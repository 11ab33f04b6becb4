--TEST--
foreach by reference leaves references that can close a cycle
--FILE--
<?php
class N { public $list = []; function __destruct() { echo "~N\n"; } }
$n = new N;
$n->list = [1, 2, 3];
foreach ($n->list as &$v) { }
$v = $n;
unset($v, $n);
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
2
