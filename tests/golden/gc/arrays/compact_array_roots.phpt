--TEST--
Arrays become roots when their count drops to non-zero (copy then drop the copy)
--FILE--
<?php
$x = [1];
$x[] = 2;
$y = $x;
$y = null;
var_dump(gc_status()['roots']);
var_dump(gc_collect_cycles());
var_dump(gc_status()['roots']);
--EXPECT--
int(1)
int(0)
int(0)
