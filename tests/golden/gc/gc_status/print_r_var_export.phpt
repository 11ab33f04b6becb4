--TEST--
gc_status() through print_r and var_export after some work
--FILE--
<?php
class N { public $r; }
$a = new N; $a->r = $a; unset($a);
$b = new N; $b->r = $b; unset($b);
print_r(gc_status());
gc_collect_cycles();
var_export(gc_status());
echo "\n";
--EXPECT--
Array
(
    [runs] => 0
    [collected] => 0
    [threshold] => 10001
    [roots] => 2
)
array (
  'runs' => 1,
  'collected' => 2,
  'threshold' => 10001,
  'roots' => 0,
)
