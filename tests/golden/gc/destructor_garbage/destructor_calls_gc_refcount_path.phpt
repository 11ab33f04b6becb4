--TEST--
A destructor run by refcount (not the collector) calling gc_collect_cycles() collects other cycles
--FILE--
<?php
class Collector { function __destruct() { echo "collector: ", gc_collect_cycles(), "\n"; } }
class N { public $s; function __destruct() { echo "~N\n"; } }
$a = new N; $a->s = $a; unset($a);
$c = new Collector;
unset($c);
print_r(gc_status());
--EXPECT--
collector: ~N
1
Array
(
    [runs] => 2
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
