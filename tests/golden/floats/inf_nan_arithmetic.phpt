--TEST--
Arithmetic and comparisons with INF and NAN
--FILE--
<?php
var_dump(INF + 1, INF - INF, INF * 0, -INF * -1, 1 / INF, INF == INF, NAN == NAN, NAN === NAN, NAN < 1, NAN > 1, INF > PHP_FLOAT_MAX);
--EXPECT--
float(INF)
float(NAN)
float(NAN)
float(INF)
float(0)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
