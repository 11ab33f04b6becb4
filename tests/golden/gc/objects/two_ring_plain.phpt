--TEST--
A two-object ring without destructors: returns 2 and no output in between
--FILE--
<?php
class N { public $other; }
$a = new N; $b = new N;
$a->other = $b; $b->other = $a;
$a = $b = null;
echo gc_collect_cycles(), "\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
2
0
