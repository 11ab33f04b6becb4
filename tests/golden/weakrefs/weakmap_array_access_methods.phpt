--TEST--
offsetGet, offsetSet, offsetExists, offsetUnset called as methods
--FILE--
<?php
$m = new WeakMap;
$o = new stdClass;
$m->offsetSet($o, 'v');
var_dump($m->offsetGet($o), $m->offsetExists($o), $m[$o]);
$m->offsetUnset($o);
var_dump($m->offsetExists($o), count($m));
try {
    $m->offsetGet($o);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $m->offsetSet(1, 1);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
string(1) "v"
bool(true)
string(1) "v"
bool(false)
int(0)
Error: Object stdClass#2 not contained in WeakMap
TypeError: WeakMap key must be an object
