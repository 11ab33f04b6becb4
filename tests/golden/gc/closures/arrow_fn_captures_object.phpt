--TEST--
An arrow function capturing an object by value, stored on it
--FILE--
<?php
class N { public $fn; public $v = 7; function __destruct() { echo "~N\n"; } }
$n = new N;
$n->fn = fn() => $n->v;
echo ($n->fn)(), "\n";
unset($n);
echo gc_collect_cycles(), "\n";
--EXPECT--
7
~N
2
