--TEST--
A cycle through an array property: the array is counted too
--FILE--
<?php
class N { public $items = []; }
$a = new N;
$a->items[] = $a;
$a->items[] = 1;
unset($a);
echo gc_collect_cycles(), "\n";
--EXPECT--
2
