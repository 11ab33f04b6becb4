--TEST--
A reference to an array: dropping one alias offers the array as a root
--FILE--
<?php
$x = [1];
$x[] = 2;
$y = &$x;
unset($y);
var_dump(gc_status()['roots']);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
int(0)
