--TEST--
o["name"] looks in the properties table: public names plainly, others under their mangled names
--FILE--
<?php
class K { public $a = 1; protected $b = 2; private $c = 3; }
$k = new K;
xdebug_debug_zval('k["a"]', 'k["b"]', "k['\\0*\\0b']", "k['\\0K\\0c']", 'k[0]');
--EXPECT--
k["a"]: (refcount=0, is_ref=0)=1
k["b"]: no such symbol
k['\0*\0b']: (refcount=0, is_ref=0)=2
k['\0K\0c']: (refcount=0, is_ref=0)=3
k[0]: no such symbol
