--TEST--
count() and sizeof() of a WeakMap, and its count() method
--FILE--
<?php
$m = new WeakMap;
var_dump(count($m));
$keep = [];
for ($i = 0; $i < 3; $i++) {
    $keep[] = $o = new stdClass;
    $m[$o] = $i;
}
var_dump(count($m), sizeof($m), $m->count(), count($m, COUNT_RECURSIVE));
--EXPECT--
int(0)
int(3)
int(3)
int(3)
int(3)
