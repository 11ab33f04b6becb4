--TEST--
Garbage array with non-interned strings: strings are counted in the result
--FILE--
<?php
$a = [str_repeat('a', 10), str_repeat('b', 10), 'lit'];
$a[] = &$a;
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(3)
