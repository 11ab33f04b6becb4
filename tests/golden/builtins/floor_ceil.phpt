--TEST--
floor and ceil return floats
--FILE--
<?php
var_dump(floor(1.5), floor(-1.5), ceil(1.2), ceil(-1.2), ceil(-0.5), floor(5), ceil("3.2"), floor(-0.0));
--EXPECT--
float(1)
float(-2)
float(2)
float(-1)
float(-0)
float(5)
float(4)
float(-0)
