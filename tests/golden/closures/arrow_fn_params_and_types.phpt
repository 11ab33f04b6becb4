--TEST--
arrow functions support typed parameters, defaults, nullable types, variadics and return types
--FILE--
<?php
$f = fn(int $a, int $b = 10): int => $a + $b;
var_dump($f(1));
var_dump($f(1, 2));
var_dump($f("5"));
$g = fn(?string $s = null): string => $s ?? "none";
var_dump($g(), $g("x"));
$h = fn(...$xs) => array_sum($xs);
var_dump($h(1, 2, 3));
--EXPECT--
int(11)
int(3)
int(15)
string(4) "none"
string(1) "x"
int(6)
