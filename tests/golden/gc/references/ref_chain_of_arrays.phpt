--TEST--
A chain of arrays linked by references that closes into a ring of three
--FILE--
<?php
$a = ['a']; $b = ['b']; $c = ['c'];
$a[] = &$b; $b[] = &$c; $c[] = &$a;
unset($a, $b, $c);
var_dump(gc_collect_cycles());
--EXPECT--
int(3)
