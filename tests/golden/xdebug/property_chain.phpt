--TEST--
property and element lookups chain: o->p->q, a[0]->p, o->list[1]
--FILE--
<?php
$inner = new stdClass;
$inner->q = 'deep';
$o = new stdClass;
$o->p = $inner;
$o->list = [1, [2, 3]];
$a = [$o];
xdebug_debug_zval('o->p->q', 'a[0]->p', 'o->list[1]', 'o->list[1][0]', 'a[0]->p->q', 'o->p->missing->x');
--EXPECT--
o->p->q: (interned, is_ref=0)='deep'
a[0]->p: (refcount=2, is_ref=0)=class stdClass { public $q = (interned, is_ref=0)='deep' }
o->list[1]: (refcount=1, is_ref=0)=array (0 => (refcount=0, is_ref=0)=2, 1 => (refcount=0, is_ref=0)=3)
o->list[1][0]: (refcount=0, is_ref=0)=2
a[0]->p->q: (interned, is_ref=0)='deep'
o->p->missing->x: no such symbol
