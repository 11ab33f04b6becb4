--TEST--
A closure that creates an inner closure capturing the outer one's holder
--FILE--
<?php
class N { public $outer; public $inner; function __destruct() { echo "~N\n"; } }
$n = new N;
$n->outer = function () use ($n) { $n->inner = function () use ($n) { return 1; }; };
($n->outer)();
unset($n);
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
3
