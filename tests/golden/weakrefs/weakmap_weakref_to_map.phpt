--TEST--
A WeakReference to a WeakMap is cleared when the map is freed
--FILE--
<?php
$m = new WeakMap;
$o = new stdClass;
$m[$o] = 1;
$w = WeakReference::create($m);
var_dump(count($w->get()));
$m = null;
var_dump($w->get());
$o2 = new stdClass;
var_dump(spl_object_id($o2));
--EXPECT--
int(1)
NULL
int(1)
