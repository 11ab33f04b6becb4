--TEST--
'this' in a method is the object (held by the call too); outside any object there is none
--FILE--
<?php
class M {
    public $v = 1;
    private $p = 'private';
    function show() { xdebug_debug_zval('this', 'this->v', 'this->p'); }
    static function stat() { xdebug_debug_zval('this'); }
}
$m = new M;
$m->show();
M::stat();
xdebug_debug_zval('this');
function f() { xdebug_debug_zval('this'); }
f();
--EXPECT--
this: (refcount=2, is_ref=0)=class M { public $v = (refcount=0, is_ref=0)=1; private $p = (refcount=0, is_ref=0)='private' }
this->v: (refcount=0, is_ref=0)=1
this->p: (interned, is_ref=0)='private'
this: no such symbol
this: no such symbol
this: no such symbol
