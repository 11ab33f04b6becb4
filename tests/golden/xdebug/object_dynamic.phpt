--TEST--
dynamic properties of a stdClass show their real counts; an empty object prints {  }
--FILE--
<?php
$e = new stdClass;
xdebug_debug_zval('e');
$o = new stdClass;
$o->list = [1, 2];
$o->name = str_repeat('n', 2);
$o->num = 5;
$keep = $o->list;
xdebug_debug_zval('o');
--EXPECT--
e: (refcount=1, is_ref=0)=class stdClass {  }
o: (refcount=1, is_ref=0)=class stdClass { public $list = (refcount=3, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 1 => (refcount=0, is_ref=0)=2); public $name = (refcount=1, is_ref=0)='nn'; public $num = (refcount=0, is_ref=0)=5 }
