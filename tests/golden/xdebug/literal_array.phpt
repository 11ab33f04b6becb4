--TEST--
a constant literal array is shared with the literal table until it is written
--FILE--
<?php
$a = [1, 'two', 3.0];
xdebug_debug_zval('a');
$a[] = 4;
xdebug_debug_zval('a');
--EXPECT--
a: (refcount=2, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 1 => (refcount=1, is_ref=0)='two', 2 => (refcount=0, is_ref=0)=3)
a: (refcount=1, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 1 => (refcount=2, is_ref=0)='two', 2 => (refcount=0, is_ref=0)=3, 3 => (refcount=0, is_ref=0)=4)
