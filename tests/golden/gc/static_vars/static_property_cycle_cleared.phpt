--TEST--
A static property holding a ring; clearing it lets the collector free the ring
--FILE--
<?php
class N { public $next; public static $head; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
$a = new N('a'); $b = new N('b');
$a->next = $b; $b->next = $a;
N::$head = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
N::$head = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
0
~a
~b
2
