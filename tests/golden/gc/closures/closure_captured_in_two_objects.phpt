--TEST--
Two objects each holding a closure that captures the other
--FILE--
<?php
class N { public $fn; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
$a = new N('a'); $b = new N('b');
$a->fn = function () use ($b) { return $b->name; };
$b->fn = function () use ($a) { return $a->name; };
echo ($a->fn)(), ($b->fn)(), "\n";
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
ba
~a
~b
4
