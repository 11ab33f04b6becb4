--TEST--
A closure stored on the object it captures by value: object and closure collected (2)
--FILE--
<?php
class N { public $fn; function __destruct() { echo "~N\n"; } }
$n = new N;
$n->fn = function () use ($n) { return 1; };
unset($n);
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
2
