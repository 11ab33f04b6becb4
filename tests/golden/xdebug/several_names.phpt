--TEST--
several names in one call print one line each, in order
--FILE--
<?php
$x = 10;
$y = 'text';
$z = [1];
xdebug_debug_zval('z', 'x', 'missing', 'y');
--EXPECT--
z: (refcount=2, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1)
x: (refcount=0, is_ref=0)=10
missing: no such symbol
y: (interned, is_ref=0)='text'
