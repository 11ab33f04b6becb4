--TEST--
gettype returns 'object' and get_debug_type returns the class name for objects.
--FILE--
<?php
class A {}
$a = new A;
var_dump(gettype($a), get_debug_type($a), get_debug_type(new stdClass));
var_dump(is_object($a), is_object('A'), is_object(null));
--EXPECT--
string(6) "object"
string(1) "A"
string(8) "stdClass"
bool(true)
bool(false)
bool(false)
