--TEST--
a builtin given an out-of-range argument value throws a ValueError
--FILE--
<?php
try {
    str_repeat("x", -1);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    array_chunk([1, 2], 0);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    range(1, 2, 0);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    array_combine([1, 2], [3]);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
ValueError: array_chunk(): Argument #2 ($length) must be greater than 0
ValueError: range(): Argument #3 ($step) must not exceed the specified range
ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
