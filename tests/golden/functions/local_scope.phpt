--TEST--
Functions do not see the caller's variables
--FILE--
<?php
$outer = "outside";
function look() { echo "[$outer]\n"; $local = 1; }
look();
echo $local ?? "no leak", "\n";
--EXPECTF--
Warning: Undefined variable $outer in %s on line 3
[]
no leak
