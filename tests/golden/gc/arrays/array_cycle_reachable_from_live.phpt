--TEST--
A referenced-cycle array kept through another live variable is not collected
--FILE--
<?php
$a = [1];
$a[] = &$a;
$keep = &$a;
unset($a);
var_dump(gc_collect_cycles());
echo count($keep), "\n";
unset($keep);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
2
int(1)
