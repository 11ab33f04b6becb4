--TEST--
WeakReference::create() and get(): get() returns the target itself
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$w = WeakReference::create($o);
var_dump($w->get() === $o);
var_dump($w->get());
var_dump(get_class($w));
--EXPECT--
bool(true)
object(stdClass)#1 (1) {
  ["a"]=>
  int(1)
}
string(13) "WeakReference"
