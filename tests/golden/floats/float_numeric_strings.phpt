--TEST--
Float-looking strings become floats in arithmetic
--FILE--
<?php
var_dump("1.5" + 1, "1e2" + 0, "1E2" * 1, ".5" + 0, "5." + 0, "1e400" + 0, "-1e-400" + 0);
--EXPECT--
float(2.5)
float(100)
float(100)
float(0.5)
float(5)
float(INF)
float(0)
