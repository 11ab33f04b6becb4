--TEST--
call_user_func with a missing or private method throws a TypeError describing the callback.
--FILE--
<?php
class A {
    private function priv() {}
}
try {
    call_user_func([new A, 'nope']);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    call_user_func([new A, 'priv']);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    call_user_func('Missing::m');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
call_user_func(): Argument #1 ($callback) must be a valid callback, class A does not have a method "nope"
call_user_func(): Argument #1 ($callback) must be a valid callback, cannot access private method A::priv()
call_user_func(): Argument #1 ($callback) must be a valid callback, class "Missing" not found
