--TEST--
Leading-numeric strings warn but use their number
--FILE--
<?php
var_dump("5 apples" + 1);
var_dump("3.5kg" * 2);
--EXPECTF--
Warning: A non-numeric value encountered in %s on line 2
int(6)

Warning: A non-numeric value encountered in %s on line 3
float(7)
