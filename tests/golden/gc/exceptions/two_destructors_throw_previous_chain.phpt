--TEST--
Two destructors throw in one collection: both run; the second exception has the first as previous
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; throw new Exception("from {$this->n}"); } }
$a = new N('a'); $b = new N('b');
$a->o = $b; $b->o = $a;
unset($a, $b);
try {
    gc_collect_cycles();
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
    echo "previous: ", $e->getPrevious() ? $e->getPrevious()->getMessage() : 'none', "\n";
}
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
~b
caught: from b
previous: from a
0
