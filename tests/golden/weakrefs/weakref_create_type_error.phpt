--TEST--
WeakReference::create() takes only objects: TypeError for anything else
--FILE--
<?php
function t(callable $f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => WeakReference::create(1));
t(fn() => WeakReference::create("stdClass"));
t(fn() => WeakReference::create([1]));
t(fn() => WeakReference::create(null));
t(fn() => WeakReference::create(1.5));
t(fn() => WeakReference::create());
--EXPECT--
TypeError: WeakReference::create(): Argument #1 ($object) must be of type object, int given
TypeError: WeakReference::create(): Argument #1 ($object) must be of type object, string given
TypeError: WeakReference::create(): Argument #1 ($object) must be of type object, array given
TypeError: WeakReference::create(): Argument #1 ($object) must be of type object, null given
TypeError: WeakReference::create(): Argument #1 ($object) must be of type object, float given
ArgumentCountError: WeakReference::create() expects exactly 1 argument, 0 given
