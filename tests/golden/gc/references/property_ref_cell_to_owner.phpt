--TEST--
A property made a reference ($x = &$a->r) whose value is its owner: the reference cell is not counted
--FILE--
<?php
class Plain { public $r; }
$a = new Plain;
$x = &$a->r;
$x = $a;
unset($a, $x);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
