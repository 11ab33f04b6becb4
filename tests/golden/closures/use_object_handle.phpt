--TEST--
capturing an object by value still shares the object (handle semantics)
--FILE--
<?php
$o = new stdClass;
$o->n = 1;
$f = function () use ($o) { $o->n++; return $o->n; };
echo $f(), "\n";
echo $o->n, "\n";
$o = new stdClass;
$o->n = 100;
echo $f(), "\n";
echo $o->n, "\n";
--EXPECT--
2
2
3
100
