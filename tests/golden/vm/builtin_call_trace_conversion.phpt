--TEST--
A builtin's TypeError trace shows its arguments as converted so far, on the call's line
--FILE--
<?php
function f($n) {
    return str_repeat(
        $n,
        "x"
    );
}
f(5);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given in %s:3
Stack trace:
#0 %s(3): str_repeat('5', 'x')
#1 %s(8): f(5)
#2 {main}
  thrown in %s on line 3
