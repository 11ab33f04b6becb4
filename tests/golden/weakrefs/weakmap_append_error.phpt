--TEST--
Appending to a WeakMap is an Error
--FILE--
<?php
function t(callable $f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$m = new WeakMap;
t(function () use ($m) { $m[] = 1; });
t(function () use ($m) { $m[][] = 1; });
t(function () use ($m) { $m[]->p = 1; });
var_dump(count($m));
--EXPECT--
Error: Cannot append to WeakMap
Error: Cannot append to WeakMap
Error: Cannot append to WeakMap
int(0)
