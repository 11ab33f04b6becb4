--TEST--
A WeakReference has no properties: writing one is an Error, reading one a warning
--FILE--
<?php
function t(callable $f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$o = new stdClass;
$w = WeakReference::create($o);
t(function () use ($w) { $w->x = 1; });
var_dump($w->y ?? 'none');
var_dump(isset($w->x));
var_dump($w->z);
--EXPECTF--
Error: Cannot create dynamic property WeakReference::$x
string(4) "none"
bool(false)

Warning: Undefined property: WeakReference::$z in %s on line 8
NULL
