--TEST--
A static array with a reference to itself survives collections while the function exists
--FILE--
<?php
function reg() { static $list = []; $list[] = count($list); if (count($list) == 1) { $list['me'] = &$list; } return count($list); }
echo reg(), "\n";
echo reg(), "\n";
var_dump(gc_collect_cycles());
echo reg(), "\n";
--EXPECT--
2
3
int(0)
4
