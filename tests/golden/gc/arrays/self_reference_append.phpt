--TEST--
$a[] = &$a makes an array cycle through a reference; collected once unset (returns 1)
--FILE--
<?php
$a = ['one'];
$a[] = &$a;
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
