--TEST--
-d zend.enable_gc=1 is the default behaviour
--INI--
zend.enable_gc=1
--FILE--
<?php
class N { public $s; }
$a = new N; $a->s = $a; unset($a);
var_dump(gc_enabled(), gc_collect_cycles());
--EXPECT--
bool(true)
int(1)
