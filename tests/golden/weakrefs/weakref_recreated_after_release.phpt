--TEST--
Once a WeakReference is freed, create() makes a new one for the same object
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create($o);
var_dump($w);
unset($w);
$x = new stdClass;
$w = WeakReference::create($o);
var_dump($w);
var_dump($w->get() === $o);
--EXPECT--
object(WeakReference)#2 (0) {
}
object(WeakReference)#3 (0) {
}
bool(true)
