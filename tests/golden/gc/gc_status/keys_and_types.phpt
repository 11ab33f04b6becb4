--TEST--
gc_status() keys in order and the type of each value
--FILE--
<?php
foreach (gc_status() as $k => $v) { echo $k, ": ", gettype($v), "\n"; }
var_dump(count(gc_status()), array_key_exists('buffer_size', gc_status()), array_key_exists('application_time', gc_status()));
--EXPECT--
runs: integer
collected: integer
threshold: integer
roots: integer
int(4)
bool(false)
bool(false)
