--TEST--
seed 04: a reference and a copy of it (xdebug_debug_zval)
--FILE--
<?php
// seed 001: 引用时引用计数变化
$a = 'aa';
$b = &$a;
$c = $b;
xdebug_debug_zval('a');
xdebug_debug_zval('b');
xdebug_debug_zval('c');
echo "脚本结束\n";
--EXPECT--
a: (refcount=2, is_ref=1)='aa'
b: (refcount=2, is_ref=1)='aa'
c: (interned, is_ref=0)='aa'
脚本结束
