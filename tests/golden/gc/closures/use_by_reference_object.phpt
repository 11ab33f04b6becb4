--TEST--
A closure capturing an object variable by reference, stored on that object
--FILE--
<?php
class N { public $fn; function __destruct() { echo "~N\n"; } }
$n = new N;
$n->fn = function () use (&$n) { return $n; };
unset($n);
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
2
