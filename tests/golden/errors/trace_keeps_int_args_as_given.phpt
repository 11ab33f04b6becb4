--TEST--
int and float parameters are read without changing the argument in the trace
--FILE--
<?php
echo intdiv("7", 2), "\n";
echo intdiv("7", "zero");
--EXITCODE--
255
--EXPECTF--
3

Fatal error: Uncaught TypeError: intdiv(): Argument #2 ($num2) must be of type int, string given in %s:3
Stack trace:
#0 %s(3): intdiv('7', 'zero')
#1 {main}
  thrown in %s on line 3
