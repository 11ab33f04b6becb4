--TEST--
a[N] names an int key: nested, negative, and read as strtoull reads it
--FILE--
<?php
$a = [10, [20, [30, 31]], -1 => 'neg'];
xdebug_debug_zval('a[0]', 'a[1]', 'a[1][1][0]', 'a[-1]', 'a[01]', 'a[1x]', 'a[2]', 'a[99999999999999999999]');
--EXPECT--
a[0]: (refcount=0, is_ref=0)=10
a[1]: (refcount=1, is_ref=0)=array (0 => (refcount=0, is_ref=0)=20, 1 => (refcount=1, is_ref=0)=array (0 => (refcount=0, is_ref=0)=30, 1 => (refcount=0, is_ref=0)=31))
a[1][1][0]: (refcount=0, is_ref=0)=30
a[-1]: (refcount=1, is_ref=0)='neg'
a[01]: (refcount=1, is_ref=0)=array (0 => (refcount=0, is_ref=0)=20, 1 => (refcount=1, is_ref=0)=array (0 => (refcount=0, is_ref=0)=30, 1 => (refcount=0, is_ref=0)=31))
a[1x]: (refcount=1, is_ref=0)=array (0 => (refcount=0, is_ref=0)=20, 1 => (refcount=1, is_ref=0)=array (0 => (refcount=0, is_ref=0)=30, 1 => (refcount=0, is_ref=0)=31))
a[2]: no such symbol
a[99999999999999999999]: (refcount=1, is_ref=0)='neg'
