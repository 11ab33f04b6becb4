--TEST--
A ring of 1000 objects with destructors: the number of destructor calls and the returned count
--FILE--
<?php
class N { public $next; static $d = 0; function __destruct() { N::$d++; } }
$first = $prev = new N;
for ($i = 1; $i < 1000; $i++) { $o = new N; $prev->next = $o; $prev = $o; }
$prev->next = $first;
unset($first, $prev, $o);
echo gc_collect_cycles(), " ", N::$d, "\n";
print_r(gc_status());
--EXPECT--
1000 1000
Array
(
    [runs] => 2
    [collected] => 1000
    [threshold] => 10001
    [roots] => 0
)
