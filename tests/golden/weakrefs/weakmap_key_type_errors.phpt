--TEST--
Non-object keys are a TypeError for reads, writes, isset, empty and unset
--FILE--
<?php
function t(callable $f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$m = new WeakMap;
foreach ([1, "a", [1], null, 1.5, true] as $key) {
    t(function () use ($m, $key) { $m[$key] = 1; });
    t(function () use ($m, $key) { return $m[$key]; });
    t(function () use ($m, $key) { return isset($m[$key]); });
    t(function () use ($m, $key) { return empty($m[$key]); });
    t(function () use ($m, $key) { unset($m[$key]); });
}
t(function () use ($m) { return $m[1] ?? 'default'; });
--EXPECT--
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
TypeError: WeakMap key must be an object
