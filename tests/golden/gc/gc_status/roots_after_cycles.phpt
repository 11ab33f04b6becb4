--TEST--
roots grows by one per dropped self-loop and goes back to 0 after a collection
--FILE--
<?php
class N { public $r; }
for ($i = 0; $i < 5; $i++) { $o = new N; $o->r = $o; unset($o); echo gc_status()['roots'], " "; }
echo "\n", gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
1 2 3 4 5 
5
Array
(
    [runs] => 1
    [collected] => 5
    [threshold] => 10001
    [roots] => 0
)
