--TEST--
A ring where only one object has a destructor
--FILE--
<?php
class D { public $o; function __destruct() { echo "~D\n"; } }
class P { public $o; }
$a = new D; $b = new P; $a->o = $b; $b->o = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
~D
2
Array
(
    [runs] => 2
    [collected] => 2
    [threshold] => 10001
    [roots] => 0
)
