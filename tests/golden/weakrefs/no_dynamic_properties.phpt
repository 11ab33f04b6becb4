--TEST--
WeakReference and WeakMap allow no dynamic properties: every write, nested write, op=, ++, ??= and reference is an Error (without the undefined-property warning), isset and unset are quiet
--FILE--
<?php
function t(callable $f) { try { $f(); echo "ok\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$o = new stdClass;
$w = WeakReference::create($o);
$m = new WeakMap;
foreach ([$w, $m] as $x) {
    t(function () use ($x) { $x->a[] = 1; });
    t(function () use ($x) { $x->b++; });
    t(function () use ($x) { $x->c .= 's'; });
    t(function () use ($x) { $x->d ??= 1; });
    t(function () use ($x) { $r = &$x->e; });
    t(function () use ($x) { unset($x->f); });
    t(function () use ($x) { var_dump(isset($x->g)); });
    t(function () use ($x) { $x->h->i = 1; });
    t(function () use ($x) { var_dump(property_exists($x, 'a')); });
}
var_dump($w, $m);
--EXPECT--
Error: Cannot create dynamic property WeakReference::$a
Error: Cannot create dynamic property WeakReference::$b
Error: Cannot create dynamic property WeakReference::$c
Error: Cannot create dynamic property WeakReference::$d
Error: Cannot create dynamic property WeakReference::$e
ok
bool(false)
ok
Error: Cannot create dynamic property WeakReference::$h
bool(false)
ok
Error: Cannot create dynamic property WeakMap::$a
Error: Cannot create dynamic property WeakMap::$b
Error: Cannot create dynamic property WeakMap::$c
Error: Cannot create dynamic property WeakMap::$d
Error: Cannot create dynamic property WeakMap::$e
ok
bool(false)
ok
Error: Cannot create dynamic property WeakMap::$h
bool(false)
ok
object(WeakReference)#2 (0) {
}
object(WeakMap)#3 (0) {
}
