--TEST--
A self-referencing object without destructor is collected: gc_collect_cycles() returns 1
--FILE--
<?php
class N { public $self; }
$a = new N;
$a->self = $a;
unset($a);
var_dump(gc_collect_cycles());
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
int(0)
