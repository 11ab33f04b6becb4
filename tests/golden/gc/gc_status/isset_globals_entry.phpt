--TEST--
isset() and empty() of $GLOBALS['name'] look at the global itself: no copy of the table, no extra root
--FILE--
<?php
$x = 1; $n = null; $arr = [1, 2]; $o = new stdClass;
var_dump(isset($GLOBALS['x']), isset($GLOBALS['n']), isset($GLOBALS['nope']), isset($GLOBALS['arr']), isset($GLOBALS['o']));
var_dump(empty($GLOBALS['x']), empty($GLOBALS['n']), empty($GLOBALS['nope']), empty($GLOBALS['arr']));
echo gc_status()['roots'], "\n";
function f() { var_dump(isset($GLOBALS['x']), empty($GLOBALS['arr']), isset($GLOBALS['local'])); $local = 1; }
f();
$r = &$x; var_dump(isset($GLOBALS['r']));
var_dump(isset($GLOBALS['arr'][1]), isset($GLOBALS['arr'][5]));
echo gc_status()['roots'], "\n";
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
0
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
0
