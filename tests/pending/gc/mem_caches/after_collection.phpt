--TEST--
gc_mem_caches() after freeing many objects with a collection
--FILE--
<?php
class N { public $r; public $pad = [1, 2, 3]; }
for ($i = 0; $i < 3000; $i++) { $o = new N; $o->r = $o; $o->pad[] = $i; }
unset($o);
echo gc_collect_cycles(), "\n";
var_dump(gc_mem_caches());
var_dump(gc_mem_caches());
--EXPECT--
6000
int(942080)
int(0)
