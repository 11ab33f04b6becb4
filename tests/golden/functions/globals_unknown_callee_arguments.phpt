--TEST--
$GLOBALS[...] passed to callees unknown at compile time (methods, functions declared later): by reference when they take it so, else by value (with the undefined-global warning)
--FILE--
<?php
class M { public function bump(&$v) { $v++; } public function show($v) { var_dump($v); } }
$n = 1;
function f() { $m = new M; $m->bump($GLOBALS['n']); $m->show($GLOBALS['n']); $m->show($GLOBALS['missing']); later($GLOBALS['fresh']); }
f();
var_dump($n, $fresh);
function later(&$x) { $x = 'made'; }
--EXPECTF--
int(2)

Warning: Undefined global variable $missing in %s on line 4
NULL
int(2)
string(4) "made"
