--TEST--
Roots are still buffered while disabled and no automatic run happens
--FILE--
<?php
class N { public $r; }
gc_disable();
for ($i = 0; $i < 12000; $i++) { $o = new N; $o->r = $o; unset($o); }
print_r(gc_status());
gc_enable();
print_r(gc_status());
$o = new N; $o->r = $o; unset($o);
print_r(gc_status());
--EXPECT--
Array
(
    [runs] => 0
    [collected] => 0
    [threshold] => 10001
    [roots] => 12000
)
Array
(
    [runs] => 0
    [collected] => 0
    [threshold] => 10001
    [roots] => 12000
)
Array
(
    [runs] => 1
    [collected] => 12000
    [threshold] => 10001
    [roots] => 1
)
