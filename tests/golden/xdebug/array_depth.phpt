--TEST--
nested arrays print three levels; deeper ones print array (...)
--FILE--
<?php
$a = [1, [2, [3, [4, [5]]]]];
xdebug_debug_zval('a');
$e = [[[[]]]];
xdebug_debug_zval('e');
--EXPECT--
a: (refcount=2, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 1 => (refcount=1, is_ref=0)=array (0 => (refcount=0, is_ref=0)=2, 1 => (refcount=1, is_ref=0)=array (...)))
e: (refcount=2, is_ref=0)=array (0 => (refcount=1, is_ref=0)=array (0 => (refcount=1, is_ref=0)=array (...)))
