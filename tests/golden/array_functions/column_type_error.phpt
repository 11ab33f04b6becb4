--TEST--
array_column with an array column key
--FILE--
<?php
array_column([[1]], [0]);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_column(): Argument #2 ($column_key) must be of type string|int|null, array given in %s:2
Stack trace:
#0 %s(2): array_column(Array, Array)
#1 {main}
  thrown in %s on line 2
