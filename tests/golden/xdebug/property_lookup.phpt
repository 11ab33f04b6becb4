--TEST--
o->p: a public property is its slot (refcount=0); a private or protected one is read, with its real attributes
--FILE--
<?php
class A { public $pub = 'p'; protected $prot = 'q'; private $priv = 'r'; public $n = 3; }
$o = new A;
xdebug_debug_zval('o->pub', 'o->prot', 'o->priv', 'o->n', 'o->missing');
--EXPECT--
o->pub: (refcount=0, is_ref=0)='p'
o->prot: (interned, is_ref=0)='q'
o->priv: (interned, is_ref=0)='r'
o->n: (refcount=0, is_ref=0)=3
o->missing: no such symbol
