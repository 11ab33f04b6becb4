--TEST--
a string built at run time counts its owners
--FILE--
<?php
$a = str_repeat('ab', 3);
xdebug_debug_zval('a');
$b = $a;
$c = $b;
xdebug_debug_zval('a');
unset($b);
$c = 'other';
xdebug_debug_zval('a', 'c');
--EXPECT--
a: (refcount=1, is_ref=0)='ababab'
a: (refcount=3, is_ref=0)='ababab'
a: (refcount=1, is_ref=0)='ababab'
c: (interned, is_ref=0)='other'
