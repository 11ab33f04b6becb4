--TEST--
Arithmetic on numeric strings
--FILE--
<?php
var_dump("5" + "5", "1.5" + 1, " 5" + 1, "5 " + 1, "1e3" + 0, "0x1A" + 0 === 0, "-.5" * 2);
--EXPECTF--
Warning: A non-numeric value encountered in %s on line 2
int(10)
float(2.5)
int(6)
int(6)
float(1000)
bool(true)
float(-1)
