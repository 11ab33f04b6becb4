--TEST--
Locals released at function exit become roots if still referenced elsewhere
--FILE--
<?php
class N {}
function f($a, $b) { $c = $a; $d = [$b]; return $d; }
$x = new N; $y = new N;
echo gc_status()['roots'], "\n";
$r = f($x, $y);
echo gc_status()['roots'], "\n";
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
0
3
0
Array
(
    [runs] => 1
    [collected] => 0
    [threshold] => 10001
    [roots] => 0
)
