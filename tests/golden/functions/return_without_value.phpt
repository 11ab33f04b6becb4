--TEST--
return; and falling off the end both return null
--FILE--
<?php
function a() { return; }
function b() { }
function c($x) { if ($x) return "early"; echo "late "; }
var_dump(a(), b(), c(true), c(false));
--EXPECT--
late NULL
NULL
string(5) "early"
NULL
