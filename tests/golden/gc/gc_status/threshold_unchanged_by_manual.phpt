--TEST--
Manual collections never change the threshold, however little they free
--FILE--
<?php
class N { public $r; }
for ($k = 0; $k < 3; $k++) { $o = new N; $o->r = $o; unset($o); gc_collect_cycles(); }
gc_collect_cycles();
print_r(gc_status());
--EXPECT--
Array
(
    [runs] => 3
    [collected] => 3
    [threshold] => 10001
    [roots] => 0
)
