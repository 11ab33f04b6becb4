--TEST--
stdClass holding itself in a dynamic property, plus a string property
--FILE--
<?php
$a = new stdClass;
$a->me = $a;
$a->label = str_repeat('x', 5);
$a = null;
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
