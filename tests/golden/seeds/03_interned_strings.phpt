--TEST--
seed 03: interned literal strings against built ones (xdebug_debug_zval)
--FILE--
<?php
// seed 001: interned vs built strings (output contains time())
$a = 'aa';
$b = $a;
$c = $b;
$d = 'aa' . time();
$e = $d;
$f = $d;
xdebug_debug_zval('a');
xdebug_debug_zval('d');
echo "脚本结束\n";
--EXPECTF--
a: (interned, is_ref=0)='aa'
d: (refcount=3, is_ref=0)='aa%d'
脚本结束
