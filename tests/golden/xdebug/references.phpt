--TEST--
variables bound by =& show the reference's count and is_ref=1; a copy does not
--FILE--
<?php
$a = str_repeat('r', 2);
$b = &$a;
$c = $b;
xdebug_debug_zval('a', 'b', 'c');
unset($b);
xdebug_debug_zval('a');
--EXPECT--
a: (refcount=2, is_ref=1)='rr'
b: (refcount=2, is_ref=1)='rr'
c: (refcount=2, is_ref=0)='rr'
a: (refcount=1, is_ref=1)='rr'
