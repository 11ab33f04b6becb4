--TEST--
A destructor that stores its object somewhere keeps it alive: the WeakReference still returns it
--FILE--
<?php
class R {
    static $saved = [];
    function __destruct() { echo "destruct\n"; self::$saved[] = $this; }
}
$r = new R;
$w = WeakReference::create($r);
unset($r);
var_dump($w->get() === R::$saved[0]);
R::$saved = [];
var_dump($w->get());
--EXPECT--
destruct
bool(true)
NULL
