--TEST--
gc_status() seen from a destructor run by the collector: the first pass is counted, the object is buffered again
--FILE--
<?php
class N { public $s; function __destruct() { print_r(gc_status()); } }
$a = new N; $a->s = $a;
unset($a);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
Array
(
    [runs] => 1
    [collected] => 0
    [threshold] => 10001
    [roots] => 1
)
1
Array
(
    [runs] => 2
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
