--TEST--
typed parameters in a recursive function
--FILE--
<?php
function fib(int $n): int { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
echo fib(20), "\n";
echo fib("10"), "\n";
--EXPECT--
6765
55
