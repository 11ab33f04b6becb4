--TEST--
array_column with an array as index value
--FILE--
<?php
array_column([['v' => 1, 'k' => [1]]], 'v', 'k');
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Illegal offset type in %s:2
Stack trace:
#0 %s(2): array_column(Array, 'v', 'k')
#1 {main}
  thrown in %s on line 2
