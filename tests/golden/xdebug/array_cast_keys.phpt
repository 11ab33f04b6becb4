--TEST--
(array) of an object keys private and protected properties by their mangled names
--FILE--
<?php
class Q { private $x = 1; protected $y = 2; public $z = 3; }
$a = (array) new Q;
xdebug_debug_zval('a');
--EXPECT--
a: (refcount=1, is_ref=0)=array ('\0Q\0x' => (refcount=0, is_ref=0)=1, '\0*\0y' => (refcount=0, is_ref=0)=2, 'z' => (refcount=0, is_ref=0)=3)
