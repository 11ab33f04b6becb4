--TEST--
$a[] = $a copies the array (no cycle): nothing to collect
--FILE--
<?php
$a = [1];
$a[] = $a;
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
