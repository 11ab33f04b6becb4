--TEST--
seed 02: ints and floats are not refcounted (xdebug_debug_zval)
--FILE--
<?php
// seed 001: 引用计数特殊情况 (ints and floats are not refcounted)
$a = 1111;
$b = $a;
$c = 22.222;
$d = $c;
xdebug_debug_zval('a');
xdebug_debug_zval('b');
xdebug_debug_zval('c');
xdebug_debug_zval('d');
echo "脚本结束\n";
--EXPECT--
a: (refcount=0, is_ref=0)=1111
b: (refcount=0, is_ref=0)=1111
c: (refcount=0, is_ref=0)=22.222
d: (refcount=0, is_ref=0)=22.222
脚本结束
