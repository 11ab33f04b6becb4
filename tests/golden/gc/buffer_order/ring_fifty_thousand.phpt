--TEST--
A ring of 50,000 plain objects collected by one call; building it already triggered automatic runs that freed nothing (threshold 30001)
--FILE--
<?php
class N { public $next; }
$first = $prev = new N;
for ($i = 1; $i < 50000; $i++) { $o = new N; $prev->next = $o; $prev = $o; }
$prev->next = $first;
unset($first, $prev, $o);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
50000
Array
(
    [runs] => 3
    [collected] => 50000
    [threshold] => 30001
    [roots] => 0
)
