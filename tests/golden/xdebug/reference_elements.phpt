--TEST--
a reference inside an array shows its own count and is_ref=1
--FILE--
<?php
$x = 1;
$a = [&$x, $x];
$b = $a;
xdebug_debug_zval('a', 'x', 'a[0]', 'b');
--EXPECT--
a: (refcount=2, is_ref=0)=array (0 => (refcount=2, is_ref=1)=1, 1 => (refcount=0, is_ref=0)=1)
x: (refcount=2, is_ref=1)=1
a[0]: (refcount=2, is_ref=1)=1
b: (refcount=2, is_ref=0)=array (0 => (refcount=2, is_ref=1)=1, 1 => (refcount=0, is_ref=0)=1)
