--TEST--
an exception created at top level has an empty trace and {main} as its trace string
--FILE--
<?php
$e = new Exception("top");
var_dump($e->getTrace());
var_dump($e->getTraceAsString());
function make() { return new Exception("in make"); }
$e = make();
echo count($e->getTrace()), "\n";
echo str_replace(__FILE__, "FILE", $e->getTraceAsString()), "\n";
--EXPECT--
array(0) {
}
string(9) "#0 {main}"
1
#0 FILE(6): make()
#1 {main}
