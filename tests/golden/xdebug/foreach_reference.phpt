--TEST--
foreach by reference leaves the last element a reference until the variable is unset
--FILE--
<?php
$a = [1, 2];
foreach ($a as &$v) {}
xdebug_debug_zval('a', 'v');
unset($v);
xdebug_debug_zval('a');
--EXPECT--
a: (refcount=1, is_ref=1)=array (0 => (refcount=1, is_ref=1)=1, 1 => (refcount=2, is_ref=1)=2)
v: (refcount=2, is_ref=1)=2
a: (refcount=1, is_ref=1)=array (0 => (refcount=1, is_ref=1)=1, 1 => (refcount=1, is_ref=1)=2)
