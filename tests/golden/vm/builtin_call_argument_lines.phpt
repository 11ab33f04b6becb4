--TEST--
Undefined variables passed to a builtin warn on their own lines, in argument order
--FILE--
<?php
$r = max(
    $a,
    $b,
    3
);
var_dump($r);
var_dump(max($c, $d));
var_dump(abs(
    $e));
--EXPECTF--
Warning: Undefined variable $a in %s on line 3

Warning: Undefined variable $b in %s on line 4
int(3)

Warning: Undefined variable $c in %s on line 8

Warning: Undefined variable $d in %s on line 8
NULL

Warning: Undefined variable $e in %s on line 10

Deprecated: abs(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 9
int(0)
