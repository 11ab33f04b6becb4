--TEST--
a closure made in a method shows the object it is bound to as $this, counted once more
--FILE--
<?php
class Foo {
    public $v = 1;
    function make() { return function ($z) { return $this; }; }
}
$foo = new Foo;
$c = $foo->make();
xdebug_debug_zval('c', 'foo');
--EXPECT--
c: (refcount=1, is_ref=0)=class Closure { public $this = (refcount=3, is_ref=0)=class Foo { public $v = (refcount=0, is_ref=0)=1 }; public $parameter = (refcount=1, is_ref=0)=array ('$z' => (refcount=1, is_ref=0)='<required>') }
foo: (refcount=2, is_ref=0)=class Foo { public $v = (refcount=0, is_ref=0)=1 }
