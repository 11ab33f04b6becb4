--TEST--
A closure capturing an array by value whose element is the closure's holder object
--FILE--
<?php
class N { public $fn; function __destruct() { echo "~N\n"; } }
$n = new N;
$arr = ['n' => $n, 'x' => 1];
$n->fn = function () use ($arr) { return count($arr); };
echo ($n->fn)(), "\n";
unset($n, $arr);
echo gc_collect_cycles(), "\n";
--EXPECT--
2
~N
3
