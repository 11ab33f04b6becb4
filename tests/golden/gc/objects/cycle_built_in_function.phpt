--TEST--
Cycle built in a function and dropped on return: collected by the next call
--FILE--
<?php
class N { public $o; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
function make() { $a = new N('a'); $b = new N('b'); $a->o = $b; $b->o = $a; echo "leaving\n"; }
make();
echo "returned\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
leaving
returned
~a
~b
2
