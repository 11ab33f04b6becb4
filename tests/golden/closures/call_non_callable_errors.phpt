--TEST--
calling values that are not callable throws Error with a message describing the value
--FILE--
<?php
$values = [null, 42, "no_such_function", [1, 2], ['stdClass', 'nope'], new stdClass];
foreach ($values as $v) {
    try {
        $v();
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
--EXPECT--
Error: Value of type null is not callable
Error: Value of type int is not callable
Error: Call to undefined function no_such_function()
Error: First array member is not a valid class name or object
Error: Call to undefined method stdClass::nope()
Error: Object of type stdClass is not callable
