--TEST--
A destructor storing $this in a global resurrects the cycle: collection returns 0
--FILE--
<?php
class N { public $s; function __destruct() { global $saved; echo "~N\n"; $saved = $this; } }
$a = new N; $a->s = $a;
unset($a);
echo gc_collect_cycles(), "\n";
var_dump($saved instanceof N);
print_r(gc_status());
--EXPECT--
~N
0
bool(true)
Array
(
    [runs] => 2
    [collected] => 0
    [threshold] => 10001
    [roots] => 0
)
