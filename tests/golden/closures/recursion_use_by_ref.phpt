--TEST--
a closure can call itself recursively through use (&$f); capturing itself by value warns because the variable is not yet assigned
--FILE--
<?php
$fact = function ($n) use (&$fact) {
    return $n <= 1 ? 1 : $n * $fact($n - 1);
};
echo $fact(10), "\n";
$fib = function ($n) use (&$fib) { return $n < 2 ? $n : $fib($n - 1) + $fib($n - 2); };
echo implode(",", array_map($fib, range(0, 10))), "\n";
$byValue = function ($n) use ($byValue) { return $n; };
--EXPECTF--
3628800
0,1,1,2,3,5,8,13,21,34,55

Warning: Undefined variable $byValue in %s on line 8
