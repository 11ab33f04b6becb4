--TEST--
A stack trace shows string parameters as the builtin converted them
--FILE--
<?php
function repeat($what, $times) {
    return str_repeat($what, $times);
}
echo repeat(12, "2"), "\n";
echo repeat(true, "nope");
--EXITCODE--
255
--EXPECTF--
1212

Fatal error: Uncaught TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given in %s:3
Stack trace:
#0 %s(3): str_repeat('1', 'nope')
#1 %s(6): repeat(true, 'nope')
#2 {main}
  thrown in %s on line 3
