--TEST--
A closure can be the target of a WeakReference
--FILE--
<?php
$f = function () { return 42; };
$w = WeakReference::create($f);
var_dump(($w->get())());
$f = null;
var_dump($w->get());
--EXPECT--
int(42)
NULL
