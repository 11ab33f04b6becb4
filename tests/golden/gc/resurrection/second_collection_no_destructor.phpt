--TEST--
After resurrection and unsetting the global, a later collection frees without calling the destructor again
--FILE--
<?php
class N { public $s; function __destruct() { global $saved; echo "~N\n"; $saved = $this; } }
$a = new N; $a->s = $a;
unset($a);
echo gc_collect_cycles(), "\n";
unset($saved);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
echo "end\n";
--EXPECT--
~N
0
1
Array
(
    [runs] => 3
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
end
