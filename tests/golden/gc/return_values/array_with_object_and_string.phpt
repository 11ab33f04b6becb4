--TEST--
An array self-reference containing an object and a built string
--FILE--
<?php
class N {}
$a = [new N, str_repeat('z', 2)];
$a[] = &$a;
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(3)
