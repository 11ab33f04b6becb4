--TEST--
the uncaught TypeError's trace shows each call with its arguments
--FILE--
<?php
function inner(int $n) { return $n; }
function middle($v) { return inner($v); }
function outer($v) { return middle($v . "!"); }
echo outer(1);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: inner(): Argument #1 ($n) must be of type int, string given, called in %s on line 3 and defined in %s:2
Stack trace:
#0 %s(3): inner('1!')
#1 %s(4): middle('1!')
#2 %s(5): outer(1)
#3 {main}
  thrown in %s on line 2
