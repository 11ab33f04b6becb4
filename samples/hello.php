<?php
// Hello from miniphp: functions, recursion, loops, interpolation and printf.

function greet($name, $punctuation = "!")
{
    return "Hello, {$name}{$punctuation}";
}

function fib($n)
{
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}

echo greet("world"), PHP_EOL;

for ($i = 0; $i <= 10; $i++) {
    printf("fib(%2d) = %d\n", $i, fib($i));
}

$total = 0;
$n = 1;
while ($n <= 100) {
    $total += $n++;
}
echo "1 + 2 + ... + 100 = $total\n";
var_dump(0.1 + 0.2, intdiv(7, 2), 7 / 2, "7" == "7.0");
