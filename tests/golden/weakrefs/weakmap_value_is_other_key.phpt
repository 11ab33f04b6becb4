--TEST--
A value that is the key of another map entry keeps that key alive
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass;
$b = new stdClass;
$m[$a] = $b;
$m[$b] = 'b';
unset($b);
var_dump(count($m));
unset($a);
var_dump(count($m));
--EXPECT--
int(2)
int(0)
