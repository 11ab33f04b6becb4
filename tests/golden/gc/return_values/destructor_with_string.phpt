--TEST--
A destructor object with a non-interned string: the string is counted in both passes (3)
--FILE--
<?php
class WithDtor { public $r, $s; function __destruct() {} }
$a = new WithDtor; $a->r = $a; $a->s = str_repeat('s', 3);
unset($a);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
3
Array
(
    [runs] => 2
    [collected] => 3
    [threshold] => 10001
    [roots] => 0
)
