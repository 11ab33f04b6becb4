--TEST--
A buffered root that is later freed by refcount leaves the buffer
--FILE--
<?php
class N {}
$a = new N;
$b = $a;
unset($b);
echo gc_status()['roots'], "\n";
unset($a);
echo gc_status()['roots'], "\n";
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
1
0
0
Array
(
    [runs] => 0
    [collected] => 0
    [threshold] => 10001
    [roots] => 0
)
