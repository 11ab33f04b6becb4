--TEST--
A closure capturing itself by reference: $f = function () use (&$f) {} counts 1
--FILE--
<?php
$f = function () use (&$f) { return 'ok'; };
echo $f(), "\n";
unset($f);
var_dump(gc_collect_cycles());
--EXPECT--
ok
int(1)
