--TEST--
an array that holds a reference to itself prints ... where it recurses
--FILE--
<?php
$a = [1];
$a[] = &$a;
xdebug_debug_zval('a', 'a[1]');
--EXPECT--
a: (refcount=2, is_ref=1)=array (0 => (refcount=0, is_ref=0)=1, 1 => (refcount=2, is_ref=1)=...)
a[1]: (refcount=2, is_ref=1)=array (0 => (refcount=0, is_ref=0)=1, 1 => (refcount=2, is_ref=1)=...)
