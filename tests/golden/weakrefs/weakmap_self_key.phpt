--TEST--
A WeakMap can be a key of itself; freeing it is clean
--FILE--
<?php
$m = new WeakMap;
$m[$m] = 'self';
var_dump(count($m), $m[$m]);
$w = WeakReference::create($m);
unset($m);
var_dump($w->get());
--EXPECT--
int(1)
string(4) "self"
NULL
