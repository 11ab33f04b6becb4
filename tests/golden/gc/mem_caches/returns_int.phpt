--TEST--
gc_mem_caches() returns an int
--FILE--
<?php
var_dump(is_int(gc_mem_caches()));
var_dump(gc_mem_caches() >= 0);
--EXPECT--
bool(true)
bool(true)
