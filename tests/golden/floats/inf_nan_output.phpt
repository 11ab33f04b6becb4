--TEST--
How INF and NAN print
--FILE--
<?php
echo INF, " ", -INF, " ", NAN, " ", -NAN, "\n";
var_dump(INF, -INF, NAN, -NAN);
echo "x" . INF . NAN, "\n";
--EXPECT--
INF -INF NAN NAN
float(INF)
float(-INF)
float(NAN)
float(NAN)
xINFNAN
