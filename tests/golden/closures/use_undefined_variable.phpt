--TEST--
capturing an undefined variable by value gives null with a warning at creation; by reference creates it
--FILE--
<?php
$f = function () use ($missing) { var_dump($missing); };
$f();
$g = function () use (&$created) { $created = "set by closure"; };
var_dump(isset($created));
$g();
var_dump($created);
--EXPECTF--
Warning: Undefined variable $missing in %s on line 2
NULL
bool(false)
string(14) "set by closure"
