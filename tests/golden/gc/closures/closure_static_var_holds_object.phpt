--TEST--
A closure's static variable holding an object that holds the closure
--FILE--
<?php
class N { public $f; function __destruct() { echo "~N\n"; } }
$f = function ($o = null) { static $keep; if ($o) { $keep = $o; } return $keep; };
$n = new N;
$n->f = $f;
$f($n);
unset($n, $f);
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
2
