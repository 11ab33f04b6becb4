--TEST--
??= assigns only when the left side is null or unset
--FILE--
<?php
$a ??= "set";
$b = null; $b ??= "was null";
$c = 0; $c ??= "kept";
$d = false; $d ??= "kept";
var_dump($a, $b, $c, $d);
--EXPECT--
string(3) "set"
string(8) "was null"
int(0)
bool(false)
