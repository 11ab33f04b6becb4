--TEST--
Arithmetic and comparison on run-time ints and floats (the VM's fast paths), edges included
--FILE--
<?php
function show($label, $value) { echo $label, ": "; var_dump($value); }
function run($a, $b) {
    show("$a + $b", $a + $b);
    show("$a - $b", $a - $b);
    show("$a * $b", $a * $b);
    show("$a < $b", $a < $b);
    show("$a <= $b", $a <= $b);
    show("$a == $b", $a == $b);
    show("$a != $b", $a != $b);
    show("$a === $b", $a === $b);
    show("$a !== $b", $a !== $b);
    $c = $a; $c += $b; show("+=", $c);
    $c = $a; $c -= $b; show("-=", $c);
    $c = $a; $c *= $b; show("*=", $c);
}
run(7, 3);
run(7, 3.0);
run(7.5, 3);
run(2.5, 2.5);
run(PHP_INT_MAX, 1);
run(-PHP_INT_MAX - 1, -1);
run(NAN, 1);
run(1, NAN);
run(INF, -INF);
run(0.1 + 0.2, 0.3);
run(9007199254740993, 9007199254740992.0);
function mod($a, $b) { $c = $a; $c %= $b; echo $a % $b, " ", $c, "\n"; }
mod(7, 3); mod(-7, 3); mod(7, -3); mod(-7, -3); mod(PHP_INT_MAX, -1); mod(-PHP_INT_MAX - 1, -1);
mod(7.9, 2); mod(-PHP_INT_MAX - 1, PHP_INT_MAX);
$undefined_var += 2;
var_dump($undefined_var);
mod(1, 0);
--EXITCODE--
255
--EXPECTF--
7 + 3: int(10)
7 - 3: int(4)
7 * 3: int(21)
7 < 3: bool(false)
7 <= 3: bool(false)
7 == 3: bool(false)
7 != 3: bool(true)
7 === 3: bool(false)
7 !== 3: bool(true)
+=: int(10)
-=: int(4)
*=: int(21)
7 + 3: float(10)
7 - 3: float(4)
7 * 3: float(21)
7 < 3: bool(false)
7 <= 3: bool(false)
7 == 3: bool(false)
7 != 3: bool(true)
7 === 3: bool(false)
7 !== 3: bool(true)
+=: float(10)
-=: float(4)
*=: float(21)
7.5 + 3: float(10.5)
7.5 - 3: float(4.5)
7.5 * 3: float(22.5)
7.5 < 3: bool(false)
7.5 <= 3: bool(false)
7.5 == 3: bool(false)
7.5 != 3: bool(true)
7.5 === 3: bool(false)
7.5 !== 3: bool(true)
+=: float(10.5)
-=: float(4.5)
*=: float(22.5)
2.5 + 2.5: float(5)
2.5 - 2.5: float(0)
2.5 * 2.5: float(6.25)
2.5 < 2.5: bool(false)
2.5 <= 2.5: bool(true)
2.5 == 2.5: bool(true)
2.5 != 2.5: bool(false)
2.5 === 2.5: bool(true)
2.5 !== 2.5: bool(false)
+=: float(5)
-=: float(0)
*=: float(6.25)
9223372036854775807 + 1: float(9.223372036854776E+18)
9223372036854775807 - 1: int(9223372036854775806)
9223372036854775807 * 1: int(9223372036854775807)
9223372036854775807 < 1: bool(false)
9223372036854775807 <= 1: bool(false)
9223372036854775807 == 1: bool(false)
9223372036854775807 != 1: bool(true)
9223372036854775807 === 1: bool(false)
9223372036854775807 !== 1: bool(true)
+=: float(9.223372036854776E+18)
-=: int(9223372036854775806)
*=: int(9223372036854775807)
-9223372036854775808 + -1: float(-9.223372036854776E+18)
-9223372036854775808 - -1: int(-9223372036854775807)
-9223372036854775808 * -1: float(9.223372036854776E+18)
-9223372036854775808 < -1: bool(true)
-9223372036854775808 <= -1: bool(true)
-9223372036854775808 == -1: bool(false)
-9223372036854775808 != -1: bool(true)
-9223372036854775808 === -1: bool(false)
-9223372036854775808 !== -1: bool(true)
+=: float(-9.223372036854776E+18)
-=: int(-9223372036854775807)
*=: float(9.223372036854776E+18)
NAN + 1: float(NAN)
NAN - 1: float(NAN)
NAN * 1: float(NAN)
NAN < 1: bool(false)
NAN <= 1: bool(false)
NAN == 1: bool(false)
NAN != 1: bool(true)
NAN === 1: bool(false)
NAN !== 1: bool(true)
+=: float(NAN)
-=: float(NAN)
*=: float(NAN)
1 + NAN: float(NAN)
1 - NAN: float(NAN)
1 * NAN: float(NAN)
1 < NAN: bool(false)
1 <= NAN: bool(false)
1 == NAN: bool(false)
1 != NAN: bool(true)
1 === NAN: bool(false)
1 !== NAN: bool(true)
+=: float(NAN)
-=: float(NAN)
*=: float(NAN)
INF + -INF: float(NAN)
INF - -INF: float(INF)
INF * -INF: float(-INF)
INF < -INF: bool(false)
INF <= -INF: bool(false)
INF == -INF: bool(false)
INF != -INF: bool(true)
INF === -INF: bool(false)
INF !== -INF: bool(true)
+=: float(NAN)
-=: float(INF)
*=: float(-INF)
0.3 + 0.3: float(0.6000000000000001)
0.3 - 0.3: float(5.551115123125783E-17)
0.3 * 0.3: float(0.09000000000000001)
0.3 < 0.3: bool(false)
0.3 <= 0.3: bool(false)
0.3 == 0.3: bool(false)
0.3 != 0.3: bool(true)
0.3 === 0.3: bool(false)
0.3 !== 0.3: bool(true)
+=: float(0.6000000000000001)
-=: float(5.551115123125783E-17)
*=: float(0.09000000000000001)
9007199254740993 + 9.007199254741E+15: float(18014398509481984)
9007199254740993 - 9.007199254741E+15: float(0)
9007199254740993 * 9.007199254741E+15: float(8.112963841460668E+31)
9007199254740993 < 9.007199254741E+15: bool(false)
9007199254740993 <= 9.007199254741E+15: bool(true)
9007199254740993 == 9.007199254741E+15: bool(true)
9007199254740993 != 9.007199254741E+15: bool(false)
9007199254740993 === 9.007199254741E+15: bool(false)
9007199254740993 !== 9.007199254741E+15: bool(true)
+=: float(18014398509481984)
-=: float(0)
*=: float(8.112963841460668E+31)
1 1
-1 -1
1 1
-1 -1
0 0
0 0

Deprecated: Implicit conversion from float 7.9 to int loses precision in %s on line 28

Deprecated: Implicit conversion from float 7.9 to int loses precision in %s on line 28
1 1
-1 -1

Warning: Undefined variable $undefined_var in %s on line 31
int(2)

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:28
Stack trace:
#0 %s(33): mod(1, 0)
#1 {main}
  thrown in %s on line 28
