--TEST--
A destructor calling gc_collect_cycles() during a collection gets 0
--FILE--
<?php
class N { public $s; function __destruct() { echo "~N inner=", gc_collect_cycles(), "\n"; } }
$a = new N; $a->s = $a;
unset($a);
echo "outer=", gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
outer=~N inner=0
1
Array
(
    [runs] => 2
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
