--TEST--
WeakReference::create() returns the same WeakReference for the same object while one exists
--FILE--
<?php
$o = new stdClass;
$a = WeakReference::create($o);
$b = WeakReference::create($o);
var_dump($a === $b, spl_object_id($a) === spl_object_id($b));
$p = new stdClass;
$c = WeakReference::create($p);
var_dump($a === $c);
var_dump($a, $c);
--EXPECT--
bool(true)
bool(true)
bool(false)
object(WeakReference)#2 (0) {
}
object(WeakReference)#4 (0) {
}
