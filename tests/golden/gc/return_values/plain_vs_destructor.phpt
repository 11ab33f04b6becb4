--TEST--
A self-loop with a destructor takes two runs but still returns 1
--FILE--
<?php
class WithDtor { public $r; function __destruct() {} }
class Plain { public $r; }
$a = new Plain; $a->r = $a; unset($a);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
$a = new WithDtor; $a->r = $a; unset($a);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
1
Array
(
    [runs] => 1
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
1
Array
(
    [runs] => 3
    [collected] => 2
    [threshold] => 10001
    [roots] => 0
)
