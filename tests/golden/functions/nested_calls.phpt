--TEST--
Calls nested in arguments evaluate inside out, left to right
--FILE--
<?php
function tag($s) { echo "[$s]"; return $s; }
function join3($a, $b, $c) { return "$a$b$c"; }
echo "\n", join3(tag("x"), tag(tag("y")), join3(tag(1), 2, 3)), "\n";
--EXPECT--
[x][y][y][1]xy123
