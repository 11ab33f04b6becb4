--TEST--
$x = a OP b writes $x in one instruction: values, overflow, strings replaced and released, errors leave $x alone
--FILE--
<?php
$x = 1;
$x = $x + 2; echo $x, "\n";
$x = $x * 1.5; echo $x, "\n";
$y = PHP_INT_MAX;
$y = $y + 1; var_dump($y);
$s = "abc";
$s = $s . "def"; echo $s, "\n";
$s = "x" . $s . "y"; echo $s, "\n";
$n = "5";
$n = $n - 2; var_dump($n);
$t = str_repeat("ab", 3);
$t = 7 % 3; var_dump($t);
$u = $undefined + 1; var_dump($u);
$v = 10;
$w = 1;
$w = $w << 3; var_dump($w);
$w = $w & 6; var_dump($w);
$w = $w | 16; var_dump($w);
$w = $w ^ 1; var_dump($w);
$w = $w >> 1; var_dump($w);
$z = 7;
$z = $z / 2; var_dump($z);
$z = 8;
$z = $z / 2; var_dump($z);
$q = "12abc";
$q = $q + 1; var_dump($q);
$z = 1 % 0;
--EXITCODE--
255
--EXPECTF--
3
4.5
float(9.223372036854776E+18)
abcdef
xabcdefy
int(3)
int(1)

Warning: Undefined variable $undefined in %s on line 14
int(1)
int(8)
int(0)
int(16)
int(17)
int(8)
float(3.5)
int(4)

Warning: A non-numeric value encountered in %s on line 27
int(13)

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:28
Stack trace:
#0 {main}
  thrown in %s on line 28
