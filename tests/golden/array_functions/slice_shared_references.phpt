--TEST--
array_slice and array_reverse keep references that others share
--FILE--
<?php
$x = 1;
$a = [&$x, 2, 3];
$s = array_slice($a, 0, 2);
$s[0] = 'via slice';
var_dump($x);
$r = array_reverse($a);
$r[2] = 'via reverse';
var_dump($x);
$c = array_chunk($a, 1);
$c[0][0] = 'via chunk';
var_dump($x);
--EXPECT--
string(9) "via slice"
string(11) "via reverse"
string(9) "via chunk"
