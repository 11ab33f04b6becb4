--TEST--
A root pointing at 20 children that all point back: 22 collected (the root, its kids array and 20 children)
--FILE--
<?php
class N { public $kids = []; public $parent; }
$root = new N;
for ($i = 0; $i < 20; $i++) { $k = new N; $k->parent = $root; $root->kids[] = $k; }
unset($k);
$root = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
22
