--TEST--
seed 12: an array holding a reference to itself, unset, is found by gc_collect_cycles()
--FILE--
<?php
// seed 000: an array holding a reference to itself becomes an orphan after unset
$a = array( 'one' );
$a[] =&$a;
xdebug_debug_zval( 'a' );
unset($a);
//产生了垃圾，出现了“孤儿”内存区域
echo gc_collect_cycles(), "\n";

--EXPECT--
a: (refcount=2, is_ref=1)=array (0 => (refcount=2, is_ref=0)='one', 1 => (refcount=2, is_ref=1)=...)
1
