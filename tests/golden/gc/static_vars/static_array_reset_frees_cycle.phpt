--TEST--
Resetting a static array that holds a reference to itself: the reference now holds the new array and the old one is freed by refcount, nothing to collect
--FILE--
<?php
function reg($reset) { static $list = []; if ($reset) { $list = []; return 0; } $list['me'] = &$list; $list[] = str_repeat('x', 3); return count($list); }
echo reg(false), "\n";
echo gc_collect_cycles(), "\n";
echo reg(true), "\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
2
0
0
0
