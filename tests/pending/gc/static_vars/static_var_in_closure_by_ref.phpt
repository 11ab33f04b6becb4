--TEST--
A closure's static variable that references the closure itself
--FILE--
<?php
$f = function () { static $me; return $me; };
$g = $f;
unset($f);
var_dump($g());
unset($g);
var_dump(gc_collect_cycles());
--EXPECT--
NULL
int(0)
