--TEST--
A cycle through a reference to a global variable created with global inside a function
--FILE--
<?php
class N { public $list = []; function __destruct() { echo "~N\n"; } }
function tie_global() { global $g; $g->list['me'] = &$g; }
$g = new N;
tie_global();
unset($g);
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
2
