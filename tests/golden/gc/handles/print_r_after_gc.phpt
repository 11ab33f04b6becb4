--TEST--
print_r of objects created after a collection (handles are not shown, values are)
--FILE--
<?php
class N { public $o; public $v = 1; }
$a = new N; $a->o = $a; unset($a);
gc_collect_cycles();
$b = new N;
print_r($b);
echo "\n", spl_object_id($b), "\n";
--EXPECT--
N Object
(
    [o] => 
    [v] => 1
)

1
