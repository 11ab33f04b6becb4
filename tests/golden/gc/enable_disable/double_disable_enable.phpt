--TEST--
Disabling twice and enabling twice is harmless
--FILE--
<?php
gc_disable(); gc_disable();
var_dump(gc_enabled());
gc_enable(); gc_enable();
var_dump(gc_enabled());
print_r(gc_status());
--EXPECT--
bool(false)
bool(true)
Array
(
    [runs] => 0
    [collected] => 0
    [threshold] => 10001
    [roots] => 0
)
