--TEST--
an object that holds itself prints ... where it recurses
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
$o->list = [$o];
xdebug_debug_zval('o');
--EXPECT--
o: (refcount=3, is_ref=0)=class stdClass { public $self = (refcount=3, is_ref=0)=...; public $list = (refcount=1, is_ref=0)=array (0 => (refcount=3, is_ref=0)=...) }
