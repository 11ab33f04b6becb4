--TEST--
foreach by reference follows its variable: once it holds an int, the next step warns and the loop ends.
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$v) {
    echo "$v\n";
    $a = 5;
}
var_dump($a);
$o = new stdClass;
$o->p = 1;
$o->q = 2;
foreach ($o as &$v) {
    echo "$v\n";
    $o = null;
}
var_dump($o);
--EXPECTF--
1

Warning: foreach() argument must be of type array|object, int given in %s on line 3
int(5)
1

Warning: foreach() argument must be of type array|object, null given in %s on line 11
NULL
