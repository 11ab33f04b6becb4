--TEST--
an ancestor's private property is not found by its name, only by its mangled name with * for NUL
--FILE--
<?php
class P { private $hidden = 'h'; }
class C extends P { private $own = 'o'; }
$c = new C;
xdebug_debug_zval('c->hidden', 'c->*P*hidden', 'c->own', 'c->*C*own');
--EXPECT--
c->hidden: no such symbol
c->*P*hidden: (refcount=0, is_ref=0)='h'
c->own: (interned, is_ref=0)='o'
c->*C*own: (refcount=0, is_ref=0)='o'
