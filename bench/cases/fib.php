<?php
// Function calls: naive recursive Fibonacci.
function fib($n)
{
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}
echo fib(35), "\n";
