--TEST--
A cycle through an object in a nested array property counts each array
--FILE--
<?php
class N { public $items = []; }
$a = new N;
$a->items['x']['y'][] = $a;
unset($a);
echo gc_collect_cycles(), "\n";
--EXPECT--
4
