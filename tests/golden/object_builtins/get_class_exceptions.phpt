--TEST--
get_class, get_parent_class, is_a and is_subclass_of with the built-in exception classes and the Throwable interface.
--FILE--
<?php
try {
    intdiv(1, 0);
} catch (Throwable $t) {
    var_dump(get_class($t), get_parent_class($t), is_a($t, 'Throwable'), is_subclass_of($t, 'Error'));
}
var_dump(class_exists('Exception'), class_exists('Throwable'), interface_exists('Throwable'), interface_exists('Stringable'));
var_dump(is_subclass_of('RuntimeException', 'Exception'), method_exists('Exception', 'getMessage'));
--EXPECT--
string(19) "DivisionByZeroError"
string(15) "ArithmeticError"
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
