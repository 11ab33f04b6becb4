--TEST--
a closure prints as class Closure with its static variables and parameters
--FILE--
<?php
$x = str_repeat('x', 2);
$f = function ($a, $b = 1) use ($x) { return $a; };
xdebug_debug_zval('f');
$g = fn() => 1;
xdebug_debug_zval('g');
--EXPECT--
f: (refcount=1, is_ref=0)=class Closure { public $static = (refcount=1, is_ref=0)=array ('x' => (refcount=3, is_ref=0)='xx'); public $parameter = (refcount=1, is_ref=0)=array ('$a' => (refcount=1, is_ref=0)='<required>', '$b' => (refcount=1, is_ref=0)='<optional>') }
g: (refcount=1, is_ref=0)=class Closure {  }
