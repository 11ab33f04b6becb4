--TEST--
Huge float literals become INF
--FILE--
<?php
var_dump(1.7976931348623157e308);
var_dump(1.8e308);
var_dump(-1e1000);
var_dump(4.9e-324);
var_dump(1e-400);
--EXPECT--
float(1.7976931348623157E+308)
float(INF)
float(-INF)
float(5.0E-324)
float(0)
