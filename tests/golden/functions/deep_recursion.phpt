--TEST--
Recursion a few thousand frames deep
--FILE--
<?php
function sum($n) { return $n == 0 ? 0 : $n + sum($n - 1); }
echo sum(5000), "\n";
--EXPECT--
12502500
