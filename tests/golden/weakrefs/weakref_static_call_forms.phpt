--TEST--
create() called in its several forms, get() on a dead reference through call_user_func
--FILE--
<?php
$o = new stdClass;
$a = call_user_func('WeakReference::create', $o);
$b = call_user_func(['WeakReference', 'create'], $o);
$f = WeakReference::create(...);
$c = $f($o);
var_dump($a === $b, $b === $c);
unset($o);
var_dump(call_user_func([$a, 'get']));
--EXPECT--
bool(true)
bool(true)
NULL
