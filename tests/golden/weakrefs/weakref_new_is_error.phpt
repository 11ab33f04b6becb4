--TEST--
new WeakReference is an Error, with or without arguments
--FILE--
<?php
function t(callable $f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => new WeakReference);
t(fn() => new WeakReference(new stdClass));
t(function () { $class = 'WeakReference'; return new $class(); });
echo "done\n";
--EXPECT--
Error: Direct instantiation of WeakReference is not allowed, use WeakReference::create instead
Error: Direct instantiation of WeakReference is not allowed, use WeakReference::create instead
Error: Direct instantiation of WeakReference is not allowed, use WeakReference::create instead
done
