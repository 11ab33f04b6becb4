--TEST--
var_dump prints just enough digits to round-trip
--FILE--
<?php
var_dump(0.1, 0.5, 1.1, 100.25, 2/3, 9007199254740993.0, 1.0000000000000002, 4.35 * 100);
--EXPECT--
float(0.1)
float(0.5)
float(1.1)
float(100.25)
float(0.6666666666666666)
float(9007199254740992)
float(1.0000000000000002)
float(434.99999999999994)
