--TEST--
(integer), (boolean), (double) and whitespace in casts
--FILE--
<?php
var_dump((integer)"7", (boolean)1, (double)"2.5", ( int )"3", (INT)"4");
--EXPECT--
int(7)
bool(true)
float(2.5)
int(3)
int(4)
