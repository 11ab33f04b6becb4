--TEST--
use ($f) captures the value at creation (null), so no cycle forms
--FILE--
<?php
$f = null;
$f = function () use ($f) { return $f === null ? "null\n" : "set\n"; };
echo $f();
unset($f);
var_dump(gc_collect_cycles());
--EXPECT--
null
int(0)
