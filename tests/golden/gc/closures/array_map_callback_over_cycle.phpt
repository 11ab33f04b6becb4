--TEST--
array_map with a closure over a cyclic object; the cycle is collected afterwards
--FILE--
<?php
class N { public $s; public $v = 2; function __destruct() { echo "~N\n"; } }
$n = new N; $n->s = $n;
print_r(array_map(function ($x) use ($n) { return $x * $n->v; }, [1, 2, 3]));
unset($n);
echo gc_collect_cycles(), "\n";
--EXPECT--
Array
(
    [0] => 2
    [1] => 4
    [2] => 6
)
~N
1
