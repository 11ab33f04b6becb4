--TEST--
floats print with the precision setting, as echo does
--FILE--
<?php
$a = 1/3;
$b = 123456789012345678.0;
xdebug_debug_zval('a', 'b');
ini_set('precision', 5);
xdebug_debug_zval('a', 'b');
--EXPECT--
a: (refcount=0, is_ref=0)=0.33333333333333
b: (refcount=0, is_ref=0)=1.2345678901235E+17
a: (refcount=0, is_ref=0)=0.33333
b: (refcount=0, is_ref=0)=1.2346E+17
