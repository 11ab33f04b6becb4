--TEST--
floatval, strval and boolval
--FILE--
<?php
var_dump(floatval("1.5abc"), floatval("abc"), floatval("-.5e2"), floatval(3), floatval("1e400"));
var_dump(strval(1.0), strval(0.1 + 0.2), strval(1e25), strval(-0.0), strval(true), strval(null), strval(100000000000000000000));
var_dump(boolval("0"), boolval("0.0"), boolval(0.0), boolval("false"), boolval(null), boolval(-1));
--EXPECT--
float(1.5)
float(0)
float(-50)
float(3)
float(INF)
string(1) "1"
string(3) "0.3"
string(7) "1.0E+25"
string(2) "-0"
string(1) "1"
string(0) ""
string(7) "1.0E+20"
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
