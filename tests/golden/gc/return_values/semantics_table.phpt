--TEST--
The returned counts for each kind of small cycle, then the totals in gc_status()
--FILE--
<?php
class WithDtor { public $r, $s; function __destruct() {} }
class Plain { public $r, $s; }
$a = new Plain; $a->r = $a; unset($a); echo gc_collect_cycles(), "\n";
$a = new Plain; $a->r = $a; $a->s = str_repeat('s', 3); unset($a); echo gc_collect_cycles(), "\n";
$a = new WithDtor; $a->r = $a; unset($a); echo gc_collect_cycles(), "\n";
$a = new WithDtor; $a->r = $a; $a->s = str_repeat('s', 3); unset($a); echo gc_collect_cycles(), "\n";
$a = new Plain; $x = &$a->r; $x = $a; unset($a, $x); echo gc_collect_cycles(), "\n";
$x = ['one']; $x[] = &$x; unset($x); echo gc_collect_cycles(), "\n";
$x = [1]; $x[] = $x; unset($x); echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
1
2
1
3
1
1
0
Array
(
    [runs] => 9
    [collected] => 9
    [threshold] => 10001
    [roots] => 0
)
