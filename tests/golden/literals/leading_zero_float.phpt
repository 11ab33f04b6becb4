--TEST--
Leading zeros in float literals are decimal
--FILE--
<?php
var_dump(010.5, 08.5, 0e5, 00.1, 1e0);
--EXPECT--
float(10.5)
float(8.5)
float(0)
float(0.1)
float(1)
