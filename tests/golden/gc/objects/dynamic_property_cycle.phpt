--TEST--
A cycle through a dynamic property of stdClass
--FILE--
<?php
$a = new stdClass;
$b = new stdClass;
$a->peer = $b;
$b->peer = $a;
unset($a, $b);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
