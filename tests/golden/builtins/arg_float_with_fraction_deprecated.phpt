--TEST--
A float with a fractional part passed as int is deprecated
--FILE--
<?php
var_dump(str_repeat("a", 2.5));
--EXPECTF--
Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 2
string(2) "aa"
