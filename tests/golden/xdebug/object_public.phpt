--TEST--
an object prints its class and properties; declared ones show refcount=0, whatever they hold
--FILE--
<?php
class Point { public $x = 1; public $y; public $label = 'origin'; public $tags = [1]; }
$p = new Point;
$p->y = str_repeat('y', 2);
$q = $p;
xdebug_debug_zval('p');
--EXPECT--
p: (refcount=2, is_ref=0)=class Point { public $x = (refcount=0, is_ref=0)=1; public $y = (refcount=0, is_ref=0)='yy'; public $label = (refcount=0, is_ref=0)='origin'; public $tags = (refcount=0, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1) }
