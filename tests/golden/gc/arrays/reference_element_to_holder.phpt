--TEST--
An array element that is a reference to the variable holding the object
--FILE--
<?php
class N { public $arr = []; function __destruct() { echo "~N\n"; } }
$n = new N;
$n->arr[0] = &$n;
unset($n);
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
2
