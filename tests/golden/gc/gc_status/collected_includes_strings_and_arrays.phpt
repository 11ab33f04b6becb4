--TEST--
collected in gc_status() counts arrays and strings as gc_collect_cycles() did
--FILE--
<?php
class N { public $a; public $s; public $r; }
$n = new N; $n->r = $n; $n->a = [1, [2]]; $n->a[] = 3; $n->s = str_repeat('q', 9);
unset($n);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
3
Array
(
    [runs] => 1
    [collected] => 3
    [threshold] => 10001
    [roots] => 1
)
