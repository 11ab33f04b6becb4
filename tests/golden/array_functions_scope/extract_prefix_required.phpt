--TEST--
a prefix extract type without a prefix is a ValueError
--FILE--
<?php
extract(['a' => 1], EXTR_PREFIX_ALL);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: extract(): Argument #3 ($prefix) is required when using this extract type in %s:2
Stack trace:
#0 %s(2): extract(Array, 3)
#1 {main}
  thrown in %s on line 2
