--TEST--
Arguments are passed by value
--FILE--
<?php
function change($x) { $x = $x . "!"; return $x; }
$s = "orig";
echo change($s), " ", $s, "\n";
--EXPECT--
orig! orig
