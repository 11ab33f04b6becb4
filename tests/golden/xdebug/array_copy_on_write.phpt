--TEST--
copies share an array until one is written; the elements are then shared
--FILE--
<?php
$a = [str_repeat('s', 2), [1, 2]];
$b = $a;
xdebug_debug_zval('a', 'b');
$b[] = 3;
xdebug_debug_zval('a', 'b');
--EXPECT--
a: (refcount=2, is_ref=0)=array (0 => (refcount=1, is_ref=0)='ss', 1 => (refcount=2, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 1 => (refcount=0, is_ref=0)=2))
b: (refcount=2, is_ref=0)=array (0 => (refcount=1, is_ref=0)='ss', 1 => (refcount=2, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 1 => (refcount=0, is_ref=0)=2))
a: (refcount=1, is_ref=0)=array (0 => (refcount=2, is_ref=0)='ss', 1 => (refcount=3, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 1 => (refcount=0, is_ref=0)=2))
b: (refcount=1, is_ref=0)=array (0 => (refcount=2, is_ref=0)='ss', 1 => (refcount=3, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 1 => (refcount=0, is_ref=0)=2), 2 => (refcount=0, is_ref=0)=3)
