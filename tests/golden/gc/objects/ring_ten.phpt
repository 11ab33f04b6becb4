--TEST--
A ring of ten objects built in a loop, collected at once
--FILE--
<?php
class N { public $next; function __construct(public $id) {} function __destruct() { echo $this->id, " "; } }
$first = $prev = new N(0);
for ($i = 1; $i < 10; $i++) { $o = new N($i); $prev->next = $o; $prev = $o; }
$prev->next = $first;
unset($first, $prev, $o);
$n = gc_collect_cycles();
echo "\ncollected $n\n";
--EXPECT--
0 1 2 3 4 5 6 7 8 9 
collected 10
