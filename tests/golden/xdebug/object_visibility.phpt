--TEST--
protected and private properties are annotated; an ancestor's private one names its class
--FILE--
<?php
class Base { private $secret = 1; protected $shared = 2; public $open = 3; }
class Child extends Base { private $mine = 4; }
$o = new Child;
xdebug_debug_zval('o');
$b = new Base;
xdebug_debug_zval('b');
--EXPECT--
o: (refcount=1, is_ref=0)=class Child { private ${Base}secret = (refcount=0, is_ref=0)=1; protected $shared = (refcount=0, is_ref=0)=2; public $open = (refcount=0, is_ref=0)=3; private $mine = (refcount=0, is_ref=0)=4 }
b: (refcount=1, is_ref=0)=class Base { private $secret = (refcount=0, is_ref=0)=1; protected $shared = (refcount=0, is_ref=0)=2; public $open = (refcount=0, is_ref=0)=3 }
