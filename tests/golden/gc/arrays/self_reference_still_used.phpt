--TEST--
An array holding a reference to itself is not garbage while the variable exists; assigning null through the reference breaks the cycle
--FILE--
<?php
$a = [1, 2];
$a[] = &$a;
var_dump(gc_collect_cycles());
echo count($a), " ", count($a[2]), "\n";
$a = null;
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
3 3
int(0)
