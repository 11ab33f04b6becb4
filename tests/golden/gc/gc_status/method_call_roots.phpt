--TEST--
Method calls and constructors put $this in the root buffer; a repeat does not add a second slot
--FILE--
<?php
class C { function __construct() {} function m() {} }
$c = new C;
echo gc_status()['roots'], "\n";
$c->m(); $c->m(); $c->m();
echo gc_status()['roots'], "\n";
$d = new C;
echo gc_status()['roots'], "\n";
echo gc_collect_cycles(), "\n";
echo gc_status()['roots'], "\n";
$c->m();
echo gc_status()['roots'], "\n";
--EXPECT--
1
1
2
0
0
1
