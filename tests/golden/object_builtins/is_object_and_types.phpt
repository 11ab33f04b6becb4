--TEST--
is_object(), gettype() and get_debug_type() of objects and other values.
--FILE--
<?php
class Thing {}
$values = [new Thing, new stdClass, (object)['a' => 1], 1, 1.5, 'str', null, true, []];
foreach ($values as $v) {
    var_dump(is_object($v));
    echo gettype($v), ' ', get_debug_type($v), "\n";
}
--EXPECT--
bool(true)
object Thing
bool(true)
object stdClass
bool(true)
object stdClass
bool(false)
integer int
bool(false)
double float
bool(false)
string string
bool(false)
NULL null
bool(false)
boolean bool
bool(false)
array array
