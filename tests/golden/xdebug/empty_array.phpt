--TEST--
the empty array is immutable, in a variable or nested in a literal
--FILE--
<?php
$a = [];
$b = $a;
$c = [1, []];
xdebug_debug_zval('a', 'b', 'c');
--EXPECT--
a: (immutable, is_ref=0)=array ()
b: (immutable, is_ref=0)=array ()
c: (refcount=2, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 1 => (immutable, is_ref=0)=array ())
