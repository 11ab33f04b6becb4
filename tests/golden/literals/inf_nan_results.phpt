--TEST--
INF and NAN from arithmetic and constants
--FILE--
<?php
var_dump(INF, -INF, NAN);
var_dump(1e308 * 10, -1e308 * 10, INF - INF, INF * 0);
echo INF, " ", -INF, " ", NAN, "\n";
--EXPECT--
float(INF)
float(-INF)
float(NAN)
float(INF)
float(-INF)
float(NAN)
float(NAN)
INF -INF NAN
