--TEST--
call_user_func, array_map and usort with a non-callable callback throw TypeError naming the argument
--FILE--
<?php
try {
    call_user_func('nope_fn');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    array_map('nope_fn', [1]);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    $a = [2, 1];
    usort($a, [new stdClass, 'cmp']);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
call_user_func(): Argument #1 ($callback) must be a valid callback, function "nope_fn" not found or invalid function name
array_map(): Argument #1 ($callback) must be a valid callback or null, function "nope_fn" not found or invalid function name
usort(): Argument #2 ($callback) must be a valid callback, class stdClass does not have a method "cmp"
