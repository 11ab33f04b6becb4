--TEST--
A by-reference parameter used to close a cycle
--FILE--
<?php
class N { public $back; function __destruct() { echo "~N\n"; } }
function tie(&$slot, $obj) { $slot = $obj; }
$n = new N;
$arr = [null];
tie($arr[0], $n);
$n->back = $arr;
unset($n, $arr);
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
2
