--TEST--
gc_mem_caches() at the start of a script, then again
--FILE--
<?php
var_dump(gc_mem_caches());
var_dump(gc_mem_caches());
--EXPECT--
int(61440)
int(0)
