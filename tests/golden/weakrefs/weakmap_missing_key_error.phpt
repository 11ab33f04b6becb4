--TEST--
Reading a key that is not in the map is an Error naming the object; ?? and isset are quiet
--FILE--
<?php
function t(callable $f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
class Thing {}
$m = new WeakMap;
$t = new Thing;
t(function () use ($m, $t) { return $m[$t]; });
t(function () use ($m) { return $m[new stdClass]; });
var_dump($m[$t] ?? 'quiet', isset($m[$t]));
t(function () use ($m, $t) { $m[$t][] = 1; });
t(function () use ($m, $t) { $m[$t]['k'] = 1; });
t(function () use ($m, $t) { $m[$t]->p = 1; });
t(function () use ($m, $t) { $m[$t]++; });
t(function () use ($m, $t) { --$m[$t]; });
var_dump(count($m));
--EXPECT--
Error: Object Thing#2 not contained in WeakMap
Error: Object stdClass#3 not contained in WeakMap
string(5) "quiet"
bool(false)
Error: Object Thing#2 not contained in WeakMap
Error: Object Thing#2 not contained in WeakMap
Error: Object Thing#2 not contained in WeakMap
Error: Object Thing#2 not contained in WeakMap
Error: Object Thing#2 not contained in WeakMap
int(0)
