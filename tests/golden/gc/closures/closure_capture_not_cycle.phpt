--TEST--
A closure capturing an object that does not point back: freed by refcount, nothing collected
--FILE--
<?php
class N { function __destruct() { echo "~N\n"; } }
$n = new N;
$f = function () use ($n) { return 1; };
unset($n);
echo "unset n\n";
unset($f);
echo "unset f\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
unset n
~N
unset f
0
