--TEST--
A closure whose static variable holds the closure itself: a cycle through the closure's static table
--FILE--
<?php
$f = function ($x = null) { static $me; if ($x) { $me = $x; } return $me === null ? 'empty' : 'holds a closure'; };
echo $f(), "\n";
echo $f($f), "\n";
unset($f);
var_dump(gc_collect_cycles());
--EXPECT--
empty
holds a closure
int(1)
