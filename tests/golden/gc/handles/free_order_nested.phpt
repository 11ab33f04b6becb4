--TEST--
Garbage freed in buffer order with nested frees: the next handles show the free-list order
--FILE--
<?php
class N { public $kids = []; public $back; }
$root = new N;
for ($i = 0; $i < 3; $i++) { $k = new N; $k->back = $root; $root->kids[] = $k; }
unset($k);
gc_collect_cycles();
$root = null;
echo gc_collect_cycles(), "\n";
for ($i = 0; $i < 4; $i++) { $new[] = new N; echo spl_object_id($new[$i]), " "; }
echo "\n";
--EXPECT--
5
1 4 3 2
