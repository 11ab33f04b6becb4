--TEST--
A ring of 5000 plain objects is collected by one call returning 5000
--FILE--
<?php
class N { public $next; }
$first = $prev = new N;
for ($i = 1; $i < 5000; $i++) { $o = new N; $prev->next = $o; $prev = $o; }
$prev->next = $first;
unset($first, $prev, $o);
echo gc_collect_cycles(), "\n";
var_dump(gc_status()['roots']);
--EXPECT--
5000
int(0)
