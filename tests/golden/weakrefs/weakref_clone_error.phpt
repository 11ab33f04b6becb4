--TEST--
A WeakReference cannot be cloned
--FILE--
<?php
function t(callable $f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$o = new stdClass;
$w = WeakReference::create($o);
t(fn() => clone $w);
var_dump($w->get() === $o);
--EXPECT--
Error: Trying to clone an uncloneable object of class WeakReference
bool(true)
