--TEST--
range past the maximum array size
--FILE--
<?php
range(0, 0x40000000);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: The supplied range exceeds the maximum array size: start=0 end=1073741824 in %s:2
Stack trace:
#0 %s(2): range(0, 1073741824)
#1 {main}
  thrown in %s on line 2
