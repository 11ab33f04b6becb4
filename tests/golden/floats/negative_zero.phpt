--TEST--
-0.0 prints as -0
--FILE--
<?php
echo -0.0, " ", 0.0 * -1, " ", -0.0 + 0.0, "\n";
var_dump(-0.0, 0.0 * -1, (string)-0.0, -0.0 == 0.0, -0.0 === 0.0);
--EXPECT--
-0 -0 0
float(-0)
float(-0)
string(2) "-0"
bool(true)
bool(true)
