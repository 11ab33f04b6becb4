--TEST--
Closure::bind to an object then storing the closure on that object
--FILE--
<?php
class N { public $fn; private $secret = 's'; function __destruct() { echo "~N\n"; } }
$n = new N;
$f = function () { return $this->secret; };
$n->fn = Closure::bind($f, $n, N::class);
echo ($n->fn)(), "\n";
unset($n, $f);
echo gc_collect_cycles(), "\n";
--EXPECT--
s
~N
2
