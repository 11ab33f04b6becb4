--TEST--
A destructor creates a new self-loop: the second pass of the same collection calls its destructor, the next collection frees it
--FILE--
<?php
class N { public $s; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; if ($this->n === 'first') { $x = new N('made'); $x->s = $x; } } }
$a = new N('first'); $a->s = $a;
unset($a);
echo gc_collect_cycles(), "\n";
print_r(gc_status());
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
~first
~made
1
Array
(
    [runs] => 2
    [collected] => 1
    [threshold] => 10001
    [roots] => 1
)
1
Array
(
    [runs] => 3
    [collected] => 2
    [threshold] => 10001
    [roots] => 0
)
