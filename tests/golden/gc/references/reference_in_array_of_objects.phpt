--TEST--
An array element referencing a property that holds the array's owner
--FILE--
<?php
class N { public $me; public $list = []; function __destruct() { echo "~N\n"; } }
$n = new N;
$n->me = $n;
$n->list[] = &$n->me;
$n = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
2
