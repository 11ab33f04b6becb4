--TEST--
range of floats past the maximum array size
--FILE--
<?php
range(1e10, 0.0);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: The supplied range exceeds the maximum array size: start=0 end=10000000000 in %s:2
Stack trace:
#0 %s(2): range(10000000000.0, 0.0)
#1 {main}
  thrown in %s on line 2
