--TEST--
A destructor throws during a collection: the garbage is still freed and the next call finds nothing
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; if ($this->n === 'a') throw new RuntimeException("a failed"); } }
$a = new N('a'); $b = new N('b');
$a->o = $b; $b->o = $a;
unset($a, $b);
try { echo gc_collect_cycles(), "\n"; } catch (RuntimeException $e) { echo "caught ", $e->getMessage(), "\n"; }
print_r(gc_status());
echo gc_collect_cycles(), "\n";
print_r(gc_status());
--EXPECT--
~a
~b
caught a failed
Array
(
    [runs] => 2
    [collected] => 2
    [threshold] => 10001
    [roots] => 1
)
0
Array
(
    [runs] => 3
    [collected] => 2
    [threshold] => 10001
    [roots] => 0
)
