--TEST--
the label stops at a NUL byte in the name; the lookup reads the whole name
--FILE--
<?php
$a = [5];
xdebug_debug_zval("a\0b", "a[0]\0x");
--EXPECT--
a: no such symbol
a[0]: (refcount=0, is_ref=0)=5
