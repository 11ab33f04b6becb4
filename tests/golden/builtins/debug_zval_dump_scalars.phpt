--TEST--
debug_zval_dump of scalars: var_dump text, strings interned or counted
--FILE--
<?php
debug_zval_dump("abc", "", "x", 1, -7, 1.5, -0.0, NAN, INF, 1e100, true, false, null, PHP_INT_MIN);
$c = "a" . 1;
debug_zval_dump($c);
$n = 5;
debug_zval_dump("$n", (string)$n, strval(42), 42 . "", "v$n");
debug_zval_dump($undefined);
--EXPECTF--
string(3) "abc" interned
string(0) "" interned
string(1) "x" interned
int(1)
int(-7)
float(1.5)
float(-0)
float(NAN)
float(INF)
float(1.0E+100)
bool(true)
bool(false)
NULL
int(-9223372036854775808)
string(2) "a1" interned
string(1) "5" interned
string(1) "5" interned
string(2) "42" refcount(1)
string(2) "42" interned
string(2) "v5" refcount(1)

Warning: Undefined variable $undefined in %s on line 7
NULL
