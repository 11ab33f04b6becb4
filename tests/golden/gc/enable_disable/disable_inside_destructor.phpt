--TEST--
gc_disable() called from a destructor during a collection
--FILE--
<?php
class N { public $s; function __destruct() { gc_disable(); echo "disabled in destructor\n"; } }
$a = new N; $a->s = $a; unset($a);
echo gc_collect_cycles(), "\n";
var_dump(gc_enabled());
print_r(gc_status());
--EXPECT--
disabled in destructor
1
bool(false)
Array
(
    [runs] => 2
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
