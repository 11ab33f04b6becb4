--TEST--
gc_disable() and gc_enable() do not touch threshold, runs or collected
--FILE--
<?php
class N { public $r; }
$a = new N; $a->r = $a; unset($a);
gc_collect_cycles();
gc_disable();
print_r(gc_status());
gc_enable();
print_r(gc_status());
--EXPECT--
Array
(
    [runs] => 1
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
Array
(
    [runs] => 1
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
