--TEST--
an undefined variable, a $-prefixed name and $GLOBALS are no symbols; a defined one prints
--FILE--
<?php
$a = 1;
xdebug_debug_zval('a', '$a', 'b', 'GLOBALS');
--EXPECT--
a: (refcount=0, is_ref=0)=1
$a: (refcount=0, is_ref=0)=1
b: no such symbol
GLOBALS: no such symbol
