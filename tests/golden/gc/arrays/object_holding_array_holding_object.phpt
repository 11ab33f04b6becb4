--TEST--
An object whose array property holds an array that holds the object
--FILE--
<?php
class N { public $data; function __destruct() { echo "~N\n"; } }
$n = new N;
$n->data = ['inner' => ['obj' => $n, 'v' => 1]];
$n = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
3
