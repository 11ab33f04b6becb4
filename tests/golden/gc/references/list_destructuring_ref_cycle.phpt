--TEST--
A cycle created through a reference made by list() destructuring
--FILE--
<?php
class N { public $v; function __destruct() { echo "~N\n"; } }
$n = new N;
$arr = [null];
[&$x] = $arr;
$x = $n;
$n->v = $arr;
unset($n, $x, $arr);
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
2
