--TEST--
Reading a property on null, int and string gives an 'Attempt to read property' warning and null.
--FILE--
<?php
$n = null;
var_dump($n->x);
$i = 5;
var_dump($i->y);
$s = "str";
var_dump($s->z);
echo "done\n";
--EXPECTF--
Warning: Attempt to read property "x" on null in %s on line 3
NULL

Warning: Attempt to read property "y" on int in %s on line 5
NULL

Warning: Attempt to read property "z" on string in %s on line 7
NULL
done
