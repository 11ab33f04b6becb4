--TEST--
gc_mem_caches() changes nothing in gc_status()
--FILE--
<?php
class N { public $r; }
$a = new N; $a->r = $a; unset($a);
gc_mem_caches();
print_r(gc_status());
--EXPECT--
Array
(
    [runs] => 0
    [collected] => 0
    [threshold] => 10001
    [roots] => 1
)
