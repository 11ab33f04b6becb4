--TEST--
an error inside a callback shows the callback called from [internal function]
--FILE--
<?php
function divide($x) { return intdiv(10, $x); }
function outer($list) { return array_map('divide', $list); }
var_dump(outer([1, 2]));
outer([5, 0]);
--EXITCODE--
255
--EXPECTF--
array(2) {
  [0]=>
  int(10)
  [1]=>
  int(5)
}

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:2
Stack trace:
#0 %s(2): intdiv(10, 0)
#1 [internal function]: divide(0)
#2 %s(3): array_map('divide', Array)
#3 %s(5): outer(Array)
#4 {main}
  thrown in %s on line 2
