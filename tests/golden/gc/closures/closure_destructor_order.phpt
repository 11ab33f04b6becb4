--TEST--
Destructor order when the cycle contains two objects and two closures
--FILE--
<?php
class N { public $fn; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
$a = new N('a'); $b = new N('b');
$a->fn = function () use ($a, $b) {};
$b->fn = function () use ($b) {};
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
~b
4
