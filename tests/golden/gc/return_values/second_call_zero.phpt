--TEST--
A second call right after a collection returns 0
--FILE--
<?php
class N { public $r; }
$a = new N; $a->r = $a; unset($a);
echo gc_collect_cycles(), "\n";
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
1
0
Array
(
    [runs] => 1
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
