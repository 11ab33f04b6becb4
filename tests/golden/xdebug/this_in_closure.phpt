--TEST--
'this' in a closure is the object it is bound to
--FILE--
<?php
class K {
    public $v = 1;
    function make() { return function () { xdebug_debug_zval('this'); }; }
}
$k = new K;
$f = $k->make();
$f();
(function () { xdebug_debug_zval('this'); })->call($k);
$s = static function () { xdebug_debug_zval('this'); };
$s();
--EXPECT--
this: (refcount=2, is_ref=0)=class K { public $v = (refcount=0, is_ref=0)=1 }
this: (refcount=4, is_ref=0)=class K { public $v = (refcount=0, is_ref=0)=1 }
this: no such symbol
