--TEST--
The stack trace lists each call site and its arguments
--FILE--
<?php
function outer($n) { return middle($n * 2, "label"); }
function middle($n, $s) { return inner($n); }
function inner($n) { return $n / 0; }
outer(21);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:4
Stack trace:
#0 %s(3): inner(42)
#1 %s(2): middle(42, 'label')
#2 %s(5): outer(21)
#3 {main}
  thrown in %s on line 4
