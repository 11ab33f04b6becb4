--TEST--
seed 01: refcounts of a built string shared by three variables (xdebug_debug_zval)
--FILE--
<?php
// seed 001: 引用计数 (needs xdebug_debug_zval; output contains time())
$a = '仙士可' . time();
$b = $a;
$c = $a;
xdebug_debug_zval('a');
xdebug_debug_zval('b');
xdebug_debug_zval('c');
$b = '仙士可2号';
xdebug_debug_zval('a');
xdebug_debug_zval('b');
echo "脚本结束\n";
--EXPECTF--
a: (refcount=3, is_ref=0)='仙士可%d'
b: (refcount=3, is_ref=0)='仙士可%d'
c: (refcount=3, is_ref=0)='仙士可%d'
a: (refcount=2, is_ref=0)='仙士可%d'
b: (interned, is_ref=0)='仙士可2号'
脚本结束
