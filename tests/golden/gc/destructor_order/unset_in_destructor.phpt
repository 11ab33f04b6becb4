--TEST--
A destructor unsetting its own property (the cycle edge) during collection
--FILE--
<?php
class N { public $self; function __destruct() { echo "~N\n"; unset($this->self); echo "after unset\n"; } }
$a = new N; $a->self = $a;
unset($a);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
~N
after unset
1
Array
(
    [runs] => 2
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
