--TEST--
array_splice keeps references in the removed and replacement elements
--FILE--
<?php
$x = 'x';
$a = [&$x, 'b', 'c'];
$r = array_splice($a, 0, 1, [&$x]);
$r[0] = 'R';
var_dump($x);
$a[0] = 'A';
var_dump($x);
--EXPECT--
string(1) "R"
string(1) "A"
