--TEST--
Integer -0 is 0, float -0.0 keeps its sign
--FILE--
<?php
var_dump(-0, -0.0, 0.0, -0 === 0, -0.0 == 0.0);
--EXPECT--
int(0)
float(-0)
float(0)
bool(true)
bool(true)
