--TEST--
x->k on an array finds the element k, a numeric name as an int key
--FILE--
<?php
$a = ['k' => 'v', 5 => 'five'];
xdebug_debug_zval('a->k', 'a->5', 'a->nope');
--EXPECT--
a->k: (interned, is_ref=0)='v'
a->5: (refcount=1, is_ref=0)='five'
a->nope: no such symbol
