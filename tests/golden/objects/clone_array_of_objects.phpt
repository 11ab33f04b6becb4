--TEST--
Copying an array of objects copies the array but the objects inside are shared.
--FILE--
<?php
$o = new stdClass;
$o->v = 1;
$a = [$o, 'x'];
$b = $a;
$b[0]->v = 2;
$b[1] = 'y';
echo $a[0]->v, " ", $a[1], "\n";
$c = $a;
$c[0] = clone $a[0];
$c[0]->v = 3;
echo $a[0]->v, " ", $c[0]->v, "\n";
--EXPECT--
2 x
2 3
