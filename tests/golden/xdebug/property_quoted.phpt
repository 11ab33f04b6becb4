--TEST--
o->{"p"} names a property by a quoted, unescaped name
--FILE--
<?php
class Q { public $plain = 1; private $hidden = 'h'; }
$q = new Q;
xdebug_debug_zval('q->{"plain"}', "q->{'hidden'}", 'q->{"nope"}');
--EXPECT--
q->{"plain"}: (refcount=0, is_ref=0)=1
q->{'hidden'}: (interned, is_ref=0)='h'
q->{"nope"}: no such symbol
