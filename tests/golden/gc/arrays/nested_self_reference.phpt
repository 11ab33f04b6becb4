--TEST--
An inner array referencing the outer one: $a['in']['up'] = &$a
--FILE--
<?php
$a = ['in' => ['v' => 1]];
$a['in']['up'] = &$a;
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
