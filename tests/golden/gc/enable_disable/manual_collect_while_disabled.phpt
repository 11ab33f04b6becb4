--TEST--
gc_collect_cycles() still collects while the collector is disabled
--FILE--
<?php
class N { public $s; function __destruct() { echo "~N\n"; } }
gc_disable();
$a = new N; $a->s = $a; unset($a);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
~N
1
Array
(
    [runs] => 2
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
