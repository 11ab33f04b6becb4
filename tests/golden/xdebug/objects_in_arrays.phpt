--TEST--
objects inside arrays count their owners; deep ones print class X { ... }
--FILE--
<?php
$o = new stdClass;
$o->v = 1;
$a = [$o, [$o, [$o]]];
xdebug_debug_zval('a', 'o');
--EXPECT--
a: (refcount=1, is_ref=0)=array (0 => (refcount=4, is_ref=0)=class stdClass { public $v = (refcount=0, is_ref=0)=1 }, 1 => (refcount=1, is_ref=0)=array (0 => (refcount=4, is_ref=0)=class stdClass { ... }, 1 => (refcount=1, is_ref=0)=array (...)))
o: (refcount=4, is_ref=0)=class stdClass { public $v = (refcount=0, is_ref=0)=1 }
