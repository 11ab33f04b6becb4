--TEST--
an arrow function captures only variables that exist when it is created; a missing one warns on each call
--FILE--
<?php
$f = fn() => $nope;
var_dump($f());
$nope = "defined later";
var_dump($f());
$g = fn() => $nope;
var_dump($g());
--EXPECTF--
Warning: Undefined variable $nope in %s on line 2
NULL

Warning: Undefined variable $nope in %s on line 2
NULL
string(13) "defined later"
