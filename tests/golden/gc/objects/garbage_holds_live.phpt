--TEST--
Garbage cycle holding a live object: the live object survives and keeps its data
--FILE--
<?php
class N { public $next; public $ref; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
$live = new N('live');
$a = new N('a'); $b = new N('b');
$a->next = $b; $b->next = $a;
$a->ref = $live;
unset($a, $b);
echo gc_collect_cycles(), "\n";
echo "live is ", $live->name, "\n";
$live = null;
echo "end\n";
--EXPECT--
~b
~a
2
live is live
~live
end
