--TEST--
Calling a closure releases the closure object: it becomes a root
--FILE--
<?php
$f = function () { return 1; };
echo gc_status()['roots'], "\n";
$f();
echo gc_status()['roots'], "\n";
gc_collect_cycles();
echo gc_status()['roots'], "\n";
--EXPECT--
0
1
0
