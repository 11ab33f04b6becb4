--TEST--
A WeakReference to a WeakReference
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create($o);
$ww = WeakReference::create($w);
var_dump($ww->get() === $w);
unset($w);
var_dump($ww->get());
--EXPECT--
bool(true)
NULL
