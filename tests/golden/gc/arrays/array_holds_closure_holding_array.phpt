--TEST--
An array holding a closure that captures the array by reference
--FILE--
<?php
$a = [];
$a['fn'] = function () use (&$a) { return count($a); };
echo $a['fn'](), "\n";
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
1
int(2)
