--TEST--
use (&$y) shares the variable: the closure sees later changes and can modify it
--FILE--
<?php
$y = 1;
$f = function () use (&$y) { return $y; };
$y = 5;
echo $f(), "\n";
$inc = function () use (&$y) { $y++; };
$inc();
$inc();
echo $y, "\n";
$total = 0;
foreach ([1, 2, 3] as $n) {
    (function () use (&$total, $n) { $total += $n; })();
}
echo $total, "\n";
--EXPECT--
5
7
6
