--TEST--
With gc disabled 20000 dropped cycles stay buffered; one manual call frees all
--FILE--
<?php
class N { public $r; public static $d = 0; function __destruct() { N::$d++; } }
gc_disable();
for ($i = 0; $i < 20000; $i++) { $o = new N; $o->r = $o; unset($o); }
echo N::$d, "\n";
print_r(gc_status());
echo gc_collect_cycles(), "\n";
echo N::$d, "\n";
print_r(gc_status());
--EXPECT--
0
Array
(
    [runs] => 0
    [collected] => 0
    [threshold] => 10001
    [roots] => 20000
)
20000
20000
Array
(
    [runs] => 2
    [collected] => 20000
    [threshold] => 10001
    [roots] => 0
)
