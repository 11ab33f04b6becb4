--TEST--
returning a variable bound by reference: the conversion does not reach the global
--FILE--
<?php
$g = "12";
function f(): int { global $g; return $g; }
var_dump(f());
var_dump($g);
--EXPECT--
int(12)
string(2) "12"
