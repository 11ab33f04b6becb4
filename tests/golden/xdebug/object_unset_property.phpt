--TEST--
a declared property that was unset still prints, as *uninitialized*
--FILE--
<?php
class U { public $a = 1; public $b = 2; }
$u = new U;
unset($u->a);
xdebug_debug_zval('u', 'u->a', 'u->b');
--EXPECT--
u: (refcount=1, is_ref=0)=class U { public $a = (refcount=0, is_ref=0)=*uninitialized*; public $b = (refcount=0, is_ref=0)=2 }
u->a: (refcount=0, is_ref=0)=*uninitialized*
u->b: (refcount=0, is_ref=0)=2
