--TEST--
a builtin given the wrong argument type throws a TypeError naming the function and parameter
--FILE--
<?php
try {
    strlen([]);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    str_repeat("x", "many");
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    array_sum("not array");
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    count(new stdClass);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
TypeError: strlen(): Argument #1 ($string) must be of type string, array given
TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given
TypeError: array_sum(): Argument #1 ($array) must be of type array, string given
TypeError: count(): Argument #1 ($value) must be of type Countable|array, stdClass given
