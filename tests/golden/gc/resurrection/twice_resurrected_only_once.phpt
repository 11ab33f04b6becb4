--TEST--
The destructor of a resurrected object is not called again on the second collection
--FILE--
<?php
class N { public $s; public static $calls = 0; function __destruct() { N::$calls++; global $back; $back = $this; echo "destructor call ", N::$calls, "\n"; } }
$a = new N; $a->s = $a;
unset($a);
echo gc_collect_cycles(), "\n";
$back = null;
echo gc_collect_cycles(), "\n";
echo "calls: ", N::$calls, "\n";
--EXPECT--
destructor call 1
0
1
calls: 1
