--TEST--
Two arrays referencing each other through references
--FILE--
<?php
$a = [1];
$b = [2];
$a['b'] = &$b;
$b['a'] = &$a;
unset($a, $b);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
