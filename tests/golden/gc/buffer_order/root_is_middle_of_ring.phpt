--TEST--
Only the middle object of a four-ring is buffered: the walk starts there
--FILE--
<?php
class N { public $next; public $n; function __destruct() { echo "~{$this->n} "; } }
$objs = [];
foreach (['a', 'b', 'c', 'd'] as $n) { $o = new N; $o->n = $n; $objs[] = $o; }
for ($i = 0; $i < 4; $i++) { $objs[$i]->next = $objs[($i + 1) % 4]; }
$c = $objs[2];
unset($o);
$objs = null;
gc_collect_cycles();
echo "\n";
$c = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
~c ~d ~a ~b 4
