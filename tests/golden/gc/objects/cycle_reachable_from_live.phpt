--TEST--
A cycle reachable from a live variable is not collected, then is once the holder drops it
--FILE--
<?php
class N { public $next; public $name; function __construct($n) { $this->name = $n; } function __destruct() { echo "~{$this->name}\n"; } }
$holder = new N('holder');
$a = new N('a'); $b = new N('b');
$a->next = $b; $b->next = $a;
$holder->next = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
$holder->next = null;
echo gc_collect_cycles(), "\n";
echo "end\n";
--EXPECT--
0
~a
~b
2
end
~holder
